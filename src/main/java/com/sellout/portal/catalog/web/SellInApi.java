package com.sellout.portal.catalog.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sellout.portal.catalog.SellIn;
import com.sellout.portal.catalog.SellIn.SellInFilter;
import com.sellout.portal.catalog.SellInDelivery;
import com.sellout.portal.catalog.SellInLine;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sell-in")
@Tag(name = "Sell-in")
class SellInApi {

	private final SellIn sellIn;

	private final Distributors distributors;

	SellInApi(SellIn sellIn, Distributors distributors) {
		this.sellIn = sellIn;
		this.distributors = distributors;
	}

	/**
	 * A shipment line as the ERP sends it; amounts net of VAT. Numbers may be JSON
	 * numbers or strings.
	 */
	record LineRequest(String distributor, @JsonProperty("document_no") String documentNo, String date, String sku,
			Object quantity, Object amount) {
	}

	record Delivery(List<LineRequest> lines) {
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Stores shipment documents; a document sent again replaces its earlier lines. "
			+ "200 when something was stored (refused lines listed), 422 when nothing was")
	ResponseEntity<SellInDelivery> deliver(@RequestBody Delivery delivery) {
		List<SellIn.Incoming> incoming = new ArrayList<>();
		List<LineRequest> lines = delivery.lines() == null ? List.of() : delivery.lines();
		for (int i = 0; i < lines.size(); i++) {
			LineRequest line = lines.get(i);
			incoming.add(new SellIn.Incoming(i + 1, line.distributor(), line.documentNo(), line.date(), line.sku(),
					text(line.quantity()), text(line.amount())));
		}
		SellInDelivery result = sellIn.deliver(incoming);
		return ResponseEntity.status(result.documents() == 0 && !result.problems().isEmpty()
				? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
			.body(result);
	}

	@GetMapping
	@Operation(summary = "Sell-in lines the caller may see, by distributor code and month (YYYY-MM)")
	PageSlice<SellInLine> list(@RequestParam(required = false) String distributor,
			@RequestParam(required = false) YearMonth period, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Long distributorId = distributor == null || distributor.isBlank() ? null
				: distributors.findByCodeOrInn(distributor).map(Distributor::id).orElseThrow(NotFoundException::new);
		return sellIn.find(new SellInFilter(distributorId, period, null), new ListQuery(null, null, false, page, size));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
