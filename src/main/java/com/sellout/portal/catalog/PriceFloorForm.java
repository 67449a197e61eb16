package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.sellout.portal.shared.TrimmedForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A price floor rule as the manufacturer enters it (on the page, over the API, in a
 * file). Its text arrives trimmed ({@link TrimmedForm}); the segment is kept in upper
 * case.
 */
public record PriceFloorForm(@NotBlank(message = "{validation.required}") String sku,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0",
				message = "{validation.notNegative}") @Digits(integer = 12, fraction = 2,
						message = "{validation.money}") BigDecimal minPrice,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
		@Pattern(regexp = "\\d{2,3}", message = "{floor.region.format}") String regionCode,
		@Pattern(regexp = "[A-Z][A-Z_]{1,31}", message = "{floor.segment.format}") String segment,
		Long distributorId) implements TrimmedForm {

	public PriceFloorForm {
		segment = segment == null ? null : segment.toUpperCase();
	}

	/** A form with nothing filled in, for the empty page. */
	public static PriceFloorForm empty() {
		return new PriceFloorForm(null, null, null, null, null, null, null);
	}

	@AssertTrue(message = "{floor.dates.order}")
	public boolean isDatesOrdered() {
		return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
	}

}
