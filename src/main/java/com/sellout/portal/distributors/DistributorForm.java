package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import com.sellout.portal.shared.Region;
import com.sellout.portal.shared.RegionList;
import com.sellout.portal.shared.RegionNames;
import com.sellout.portal.shared.TrimmedForm;
import com.sellout.portal.shared.ValidInn;
import com.sellout.portal.shared.ValidKpp;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a manufacturer administrator fills in to create or edit a distributor. Its text
 * arrives trimmed ({@link TrimmedForm}); the code and the КПП are kept in upper case. The
 * regions are subjects of the Russian Federation, sent as their codes (a name or alias
 * the portal knows is taken for its code); {@code regionsNote} is free text beside them
 * (what an older list held that matched no subject).
 */
public record DistributorForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_-]{2,32}",
				message = "{distributor.code.format}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @ValidInn String inn, @ValidKpp String kpp, List<String> regions,
		@Size(max = 1000, message = "{validation.tooLong}") String regionsNote,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractEnd,
		@NotNull(message = "{validation.required}") ReportingFrequency reportingFrequency,
		@Email(message = "{validation.email}") @Size(max = 255, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}") String phone,
		@Min(value = 0, message = "{distributor.transitDays.range}") @Max(value = 90,
				message = "{distributor.transitDays.range}") Integer transitDays,
		Long responsibleUserId) implements TrimmedForm {

	/**
	 * A form that sends no transit time (an older client, a test, a cleared field) means
	 * none: 0 days; no regions checked means none.
	 */
	public DistributorForm {
		code = code == null ? null : code.toUpperCase();
		kpp = kpp == null ? null : kpp.toUpperCase();
		transitDays = transitDays == null ? 0 : transitDays;
		regions = regions == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(regions.stream()
					.filter(r -> r != null && !r.isBlank())
					.map(r -> RegionNames.resolve(r).map(Region::code).orElse(r.strip()))
					.toList()));
	}

	/**
	 * A distributor whose shipments arrive the day they are shipped (no transit time),
	 * with no responsible manager, its regions as free text: what is recognised becomes
	 * subjects, the rest the note.
	 */
	public DistributorForm(String code, String name, String inn, String kpp, String regions, LocalDate contractStart,
			LocalDate contractEnd, ReportingFrequency reportingFrequency, String email, String phone) {
		this(code, name, inn, kpp, RegionList.parse(regions).codes(), RegionList.parse(regions).unmatched(),
				contractStart, contractEnd, reportingFrequency, email, phone, 0, null);
	}

	/** The empty form of a new distributor: reporting monthly. */
	public static DistributorForm empty() {
		return new DistributorForm(null, null, null, null, List.of(), null, null, null, ReportingFrequency.MONTHLY,
				null, null, 0, null);
	}

	public static DistributorForm of(Distributor d) {
		return new DistributorForm(d.code(), d.name(), d.inn(), d.kpp(), d.regionCodes(), d.regionsNote(),
				d.contractStart(), d.contractEnd(), d.reportingFrequency(), d.email(), d.phone(), d.transitDays(),
				d.responsibleUserId());
	}

	/** The same form with another responsible manager. */
	public DistributorForm withResponsible(Long userId) {
		return new DistributorForm(code, name, inn, kpp, regions, regionsNote, contractStart, contractEnd,
				reportingFrequency, email, phone, transitDays, userId);
	}

	@AssertTrue(message = "{distributor.contract.order}")
	public boolean isContractOrdered() {
		return contractStart == null || contractEnd == null || !contractEnd.isBefore(contractStart);
	}

	@AssertTrue(message = "{distributor.regions.unknown}")
	public boolean isRegionsKnown() {
		return regions.stream().allMatch(code -> Region.byCode(code).isPresent());
	}

}
