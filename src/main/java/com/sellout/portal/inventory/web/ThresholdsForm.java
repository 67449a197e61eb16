package com.sellout.portal.inventory.web;

import java.math.BigDecimal;

import com.sellout.portal.inventory.StockThresholds;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The thresholds as the manufacturer's administrator types them: weeks with at most two
 * decimals, low above 0, excess above low, stale after 1 to 3650 days.
 */
record ThresholdsForm(
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{inventory.settings.lowWeeks.range}") @DecimalMax(value = "9999",
						message = "{inventory.settings.weeks.max}") @Digits(integer = 4, fraction = 2,
								message = "{inventory.settings.weeks.digits}") BigDecimal lowWeeks,
		@NotNull(message = "{validation.required}") @DecimalMax(value = "9999",
				message = "{inventory.settings.weeks.max}") @Digits(integer = 4, fraction = 2,
						message = "{inventory.settings.weeks.digits}") BigDecimal excessWeeks,
		@NotNull(message = "{validation.required}") @Min(value = 1,
				message = "{inventory.settings.staleDays.range}") @Max(value = 3650,
						message = "{inventory.settings.staleDays.range}") Integer staleDays) {

	static ThresholdsForm of(StockThresholds thresholds) {
		return new ThresholdsForm(thresholds.lowWeeks(), thresholds.excessWeeks(), thresholds.staleDays());
	}

	/**
	 * Excess must lie above low (when both are given; a missing one has its own error).
	 */
	@AssertTrue(message = "{inventory.settings.excessWeeks.order}")
	public boolean isExcessAboveLow() {
		return lowWeeks == null || excessWeeks == null || excessWeeks.compareTo(lowWeeks) > 0;
	}

	StockThresholds thresholds() {
		return new StockThresholds(lowWeeks, excessWeeks, staleDays);
	}

}
