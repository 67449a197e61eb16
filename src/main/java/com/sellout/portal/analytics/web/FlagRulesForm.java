package com.sellout.portal.analytics.web;

import java.math.BigDecimal;

import com.sellout.portal.analytics.internal.FlagRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The flag rules as the manufacturer's administrator types them: months 1 to 12, percents
 * above 0 (a drop at most 100 %), the hype ratio above 1, at most two decimals.
 */
record FlagRulesForm(
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{analytics.settings.months.range}") @Max(
				value = 12, message = "{analytics.settings.months.range}") Integer stagnationMonths,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{analytics.settings.dropPct.range}") @DecimalMax(value = "100",
						message = "{analytics.settings.dropPct.range}") @Digits(integer = 3, fraction = 2,
								message = "{analytics.settings.digits}") BigDecimal stagnationDropPct,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{analytics.settings.stockPct.range}") @DecimalMax(value = "1000",
						message = "{analytics.settings.stockPct.range}") @Digits(integer = 4, fraction = 2,
								message = "{analytics.settings.digits}") BigDecimal stagnationStockPct,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "1", inclusive = false,
				message = "{analytics.settings.ratio.range}") @DecimalMax(value = "100",
						message = "{analytics.settings.ratio.range}") @Digits(integer = 3, fraction = 2,
								message = "{analytics.settings.digits}") BigDecimal hypeRatio,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{analytics.settings.months.range}") @Max(
				value = 12, message = "{analytics.settings.months.range}") Integer hypeMonths) {

	static FlagRulesForm of(FlagRules rules) {
		return new FlagRulesForm(rules.stagnationMonths(), rules.stagnationDropPct(), rules.stagnationStockPct(),
				rules.hypeRatio(), rules.hypeMonths());
	}

	FlagRules rules() {
		return new FlagRules(stagnationMonths, stagnationDropPct, stagnationStockPct, hypeRatio, hypeMonths);
	}

}
