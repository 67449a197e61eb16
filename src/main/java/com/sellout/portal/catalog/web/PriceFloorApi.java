package com.sellout.portal.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.catalog.PriceFloor;
import com.sellout.portal.catalog.PriceFloorForm;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import com.sellout.portal.shared.TrimmedForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/price-floors")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
@Tag(name = "Catalog")
class PriceFloorApi {

	private final PriceFloors floors;

	private final Distributors distributors;

	PriceFloorApi(PriceFloors floors, Distributors distributors) {
		this.floors = floors;
		this.distributors = distributors;
	}

	/** The floor that applies, and why: "general" or the dimensions the rule names. */
	record ApplicableFloor(String sku, BigDecimal minPrice, LocalDate validFrom, LocalDate validTo, String scope) {
	}

	/** A rule as sent over the API: the distributor by its code. */
	record FloorRequest(String sku, BigDecimal minPrice, LocalDate validFrom, LocalDate validTo, String region,
			String segment, String distributor) {
	}

	@GetMapping
	@Operation(
			summary = "Which floor applies to SKU X sold on date D to a client of segment S in region R by distributor T")
	ApplicableFloor applicable(@RequestParam String sku,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String region, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String distributor) {
		Long distributorId = distributor == null || distributor.isBlank() ? null
				: distributors.findByCodeOrInn(distributor).map(Distributor::id).orElseThrow(NotFoundException::new);
		PriceFloor floor = floors
			.applicable(sku, date == null ? LocalDate.now() : date, region,
					segment == null ? null : segment.toUpperCase(), distributorId)
			.orElseThrow(NotFoundException::new);
		return new ApplicableFloor(floor.sku(), floor.minPrice(), floor.validFrom(), floor.validTo(), scope(floor));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sets a rule; it replaces the current rule with the same SKU, scope and start date")
	ApplicableFloor set(@Valid @RequestBody FloorRequest request) {
		Long distributorId = request.distributor() == null || request.distributor().isBlank() ? null
				: distributors.findByCodeOrInn(request.distributor())
					.orElseThrow(() -> new RefusedException("floor.api.unknownDistributor", request.distributor()))
					.id();
		PriceFloorForm form = TrimmedForm.trimmed(new PriceFloorForm(request.sku(), request.minPrice(),
				request.validFrom(), request.validTo(), request.region(), request.segment(), distributorId));
		if (form.minPrice() == null || form.minPrice().signum() < 0 || form.sku() == null || !form.isDatesOrdered()) {
			throw new RefusedException("floor.api.invalid");
		}
		PriceFloor floor = floors.set(form);
		return new ApplicableFloor(floor.sku(), floor.minPrice(), floor.validFrom(), floor.validTo(), scope(floor));
	}

	private String scope(PriceFloor floor) {
		if (floor.isGeneral()) {
			return "general";
		}
		List<String> parts = new ArrayList<>();
		if (floor.distributorId() != null) {
			parts.add("distributor=" + distributors.get(floor.distributorId()).code());
		}
		if (floor.regionCode() != null) {
			parts.add("region=" + floor.regionCode());
		}
		if (floor.segment() != null) {
			parts.add("segment=" + floor.segment());
		}
		return String.join(",", parts);
	}

}
