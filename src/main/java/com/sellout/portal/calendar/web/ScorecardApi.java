package com.sellout.portal.calendar.web;

import java.math.BigDecimal;
import java.util.List;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A distributor's scorecard over the API. A distributor's account reads its own; another
 * distributor's code answers 404 whether it exists or not. Shares are from 0 to 1.
 */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards")
class ScorecardApi {

	private final ScorecardAccess access;

	ScorecardApi(ScorecardAccess access) {
		this.access = access;
	}

	record TrendView(String period, BigDecimal onTimeRate, BigDecimal completeness) {
	}

	/**
	 * The scorecard as the API shows it: no internal id; the rank as a place and the
	 * count of distributors ranked (0 when not ranked yet).
	 */
	record ScorecardView(String distributor, String name, BigDecimal onTimeRate, BigDecimal completeness,
			BigDecimal medianDelayDays, BigDecimal linesAccepted, BigDecimal productsResolved, BigDecimal validInn,
			BigDecimal sisoGap, int rank, int ranked, List<TrendView> trend) {

		static ScorecardView of(Scorecard s) {
			return new ScorecardView(s.distributorCode(), s.distributorName(), s.onTimeRate(), s.completeness(),
					s.medianDelayDays(), s.linesAccepted(), s.productsResolved(), s.validInn(), s.sisoGap(), s.rank(),
					s.ranked(),
					s.trend()
						.stream()
						.map(t -> new TrendView(t.period().toString(), t.onTimeRate(), t.completeness()))
						.toList());
		}

	}

	@GetMapping("/{code}")
	@Operation(summary = "A distributor's scorecard over the last 12 periods past due: on-time rate, completeness, "
			+ "median delay in days, shares of lines accepted, resolved without a person and with a valid ИНН, the "
			+ "SISO gap, the trend per period, and its place among the distributors ranked")
	ScorecardView get(@PathVariable String code, @AuthenticationPrincipal CurrentUser me) {
		return ScorecardView.of(access.of(me, code).card());
	}

}
