package com.sellout.portal.distributors;

import java.time.LocalDate;

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
 * arrives trimmed ({@link TrimmedForm}); the code and the КПП are kept in upper case.
 */
public record DistributorForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_-]{2,32}",
				message = "{distributor.code.format}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @ValidInn String inn, @ValidKpp String kpp,
		@Size(max = 1000, message = "{validation.tooLong}") String regions,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractEnd,
		@NotNull(message = "{validation.required}") ReportingFrequency reportingFrequency,
		@Email(message = "{validation.email}") @Size(max = 255, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}") String phone,
		@Min(value = 0, message = "{distributor.transitDays.range}") @Max(value = 90,
				message = "{distributor.transitDays.range}") Integer transitDays)
		implements
			TrimmedForm {

	/**
	 * A form that sends no transit time (an older client, a test, a cleared field) means
	 * none: 0 days.
	 */
	public DistributorForm {
		code = code == null ? null : code.toUpperCase();
		kpp = kpp == null ? null : kpp.toUpperCase();
		transitDays = transitDays == null ? 0 : transitDays;
	}

	/**
	 * A distributor whose shipments arrive the day they are shipped (no transit time).
	 */
	public DistributorForm(String code, String name, String inn, String kpp, String regions, LocalDate contractStart,
			LocalDate contractEnd, ReportingFrequency reportingFrequency, String email, String phone) {
		this(code, name, inn, kpp, regions, contractStart, contractEnd, reportingFrequency, email, phone, 0);
	}

	/** The empty form of a new distributor: reporting monthly. */
	public static DistributorForm empty() {
		return new DistributorForm(null, null, null, null, null, null, null, ReportingFrequency.MONTHLY, null, null, 0);
	}

	public static DistributorForm of(Distributor d) {
		return new DistributorForm(d.code(), d.name(), d.inn(), d.kpp(), d.regions(), d.contractStart(),
				d.contractEnd(), d.reportingFrequency(), d.email(), d.phone(), d.transitDays());
	}

	@AssertTrue(message = "{distributor.contract.order}")
	public boolean isContractOrdered() {
		return contractStart == null || contractEnd == null || !contractEnd.isBefore(contractStart);
	}

}
