package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.sellout.portal.calendar.scorecards.ScorecardFigures.LineCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the scorecards read of other modules, through the views they declare: sell-out's
 * line quality per active report ({@code sellout_line_quality}) and the channel
 * inventory's gap ({@code channel_inventory_months}).
 */
@Component
class ScorecardQueries {

	private final JdbcClient jdbc;

	ScorecardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per distributor and period, the lines of its active sell-out reports. */
	Map<Long, Map<YearMonth, LineCounts>> lines(YearMonth from, YearMonth to) {
		Map<Long, Map<YearMonth, LineCounts>> found = new HashMap<>();
		jdbc.sql("""
				select distributor_id, period, sum(lines) as lines, sum(accepted_lines) as accepted,
				       sum(products_resolved) as products, sum(valid_inn) as inn
				  from sellout_line_quality where period between ? and ?
				 group by distributor_id, period""").params(from.atDay(1), to.atDay(1)).query(rs -> {
			found.computeIfAbsent(rs.getLong("distributor_id"), id -> new HashMap<>())
				.put(YearMonth.from(rs.getObject("period", LocalDate.class)), new LineCounts(rs.getLong("lines"),
						rs.getLong("accepted"), rs.getLong("products"), rs.getLong("inn")));
		});
		return found;
	}

	/**
	 * Per distributor and month with reported stock, the SISO gap: the gap (reported −
	 * calculated closing) summed over the products with a reported closing, as a share of
	 * their calculated closing (to 4 decimals; negative: less stock than the flows
	 * leave). No month for a distributor without stock reports, nor one whose calculated
	 * closing sums to zero.
	 */
	Map<Long, Map<YearMonth, BigDecimal>> sisoGaps(YearMonth from, YearMonth to) {
		Map<Long, Map<YearMonth, BigDecimal>> found = new HashMap<>();
		jdbc.sql("""
				select distributor_id, period, sum(gap) as gap, sum(abs(calculated_closing)) as base
				  from channel_inventory_months
				 where period between ? and ? and reported_closing is not null and gap is not null
				 group by distributor_id, period""").params(from.atDay(1), to.atDay(1)).query(rs -> {
			BigDecimal base = rs.getBigDecimal("base");
			if (base != null && base.signum() != 0) {
				found.computeIfAbsent(rs.getLong("distributor_id"), id -> new HashMap<>())
					.put(YearMonth.from(rs.getObject("period", LocalDate.class)),
							rs.getBigDecimal("gap").divide(base, 4, RoundingMode.HALF_UP));
			}
		});
		return found;
	}

}
