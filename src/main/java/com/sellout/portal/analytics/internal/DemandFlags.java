package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.sellout.portal.analytics.internal.DemandFlag.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The flag rules applied to a product group's months (oldest first, the newest last).
 * Every comparison is exact — a drop of exactly the threshold raises the flag, one a
 * hundredth below does not — so the percentages are compared as cross products, never
 * after rounding; only the figures shown are rounded.
 */
public final class DemandFlags {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private DemandFlags() {
	}

	/**
	 * The flags the months raise: stagnation and hype where the stock is known, else the
	 * growth or decline of sell-out.
	 */
	public static List<DemandFlag> judge(List<MonthFigures> months, FlagRules rules) {
		List<DemandFlag> flags = new ArrayList<>();
		boolean stockKnown = months.stream().anyMatch(m -> m.stock() != null);
		if (stockKnown) {
			stagnation(months, rules.stagnationMonths(), rules.stagnationDropPct(), rules.stagnationStockPct())
				.ifPresent(flags::add);
			hype(months, rules.hypeMonths(), rules.hypeRatio()).ifPresent(flags::add);
		}
		else {
			trend(months, rules.stagnationMonths(), rules.stagnationDropPct()).ifPresent(flags::add);
		}
		return flags;
	}

	/** Whether any of the months knows the channel stock. */
	public static boolean stockKnown(List<MonthFigures> months) {
		return months.stream().anyMatch(m -> m.stock() != null);
	}

	static Optional<DemandFlag> stagnation(List<MonthFigures> months, int n, BigDecimal dropPct, BigDecimal stockPct) {
		if (months.size() < 2 * n) {
			return Optional.empty();
		}
		List<MonthFigures> last = months.subList(months.size() - n, months.size());
		List<MonthFigures> before = months.subList(months.size() - 2 * n, months.size() - n);
		if (last.stream().anyMatch(m -> m.sellIn().signum() <= 0)) {
			return Optional.empty();
		}
		BigDecimal outLast = sellOut(last);
		BigDecimal outBefore = sellOut(before);
		// dropped by at least dropPct: (before − last) × 100 ≥ dropPct × before
		if (outBefore.signum() <= 0
				|| outBefore.subtract(outLast).multiply(HUNDRED).compareTo(dropPct.multiply(outBefore)) < 0) {
			return Optional.empty();
		}
		BigDecimal stockLast = last.get(last.size() - 1).stock();
		BigDecimal stockBefore = before.get(before.size() - 1).stock();
		if (stockLast == null || stockBefore == null || stockBefore.signum() <= 0
				|| stockLast.subtract(stockBefore).multiply(HUNDRED).compareTo(stockPct.multiply(stockBefore)) < 0) {
			return Optional.empty();
		}
		return Optional.of(new DemandFlag(Kind.STAGNATION,
				List.of(n, plain(outLast), plain(outBefore), percent(outBefore.subtract(outLast), outBefore),
						plain(dropPct), plain(stockLast), plain(stockBefore),
						percent(stockLast.subtract(stockBefore), stockBefore), plain(stockPct))));
	}

	static Optional<DemandFlag> hype(List<MonthFigures> months, int m, BigDecimal ratio) {
		if (months.size() < m + 1) {
			return Optional.empty();
		}
		List<MonthFigures> last = months.subList(months.size() - m, months.size());
		BigDecimal lowest = null;
		for (MonthFigures month : last) {
			// sold out at least ratio × sold in (and something sold out)
			if (month.sellOut().signum() <= 0 || month.sellOut().compareTo(ratio.multiply(month.sellIn())) < 0) {
				return Optional.empty();
			}
			if (month.sellIn().signum() > 0) {
				BigDecimal r = month.sellOut().divide(month.sellIn(), 2, RoundingMode.DOWN);
				lowest = lowest == null || r.compareTo(lowest) < 0 ? r : lowest;
			}
		}
		List<MonthFigures> span = months.subList(months.size() - m - 1, months.size());
		for (int i = 1; i < span.size(); i++) {
			BigDecimal earlier = span.get(i - 1).weeksOfSupply();
			BigDecimal later = span.get(i).weeksOfSupply();
			if (earlier == null || later == null || later.compareTo(earlier) >= 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new DemandFlag(Kind.HYPE,
				List.of(m, plain(ratio), lowest == null ? "∞" : plain(lowest),
						plain(Objects.requireNonNull(span.get(0).weeksOfSupply())),
						plain(Objects.requireNonNull(span.get(span.size() - 1).weeksOfSupply())))));
	}

	static Optional<DemandFlag> trend(List<MonthFigures> months, int n, BigDecimal pct) {
		if (months.size() < 2 * n) {
			return Optional.empty();
		}
		BigDecimal outLast = sellOut(months.subList(months.size() - n, months.size()));
		BigDecimal outBefore = sellOut(months.subList(months.size() - 2 * n, months.size() - n));
		if (outBefore.signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal change = outLast.subtract(outBefore).multiply(HUNDRED);
		BigDecimal bar = pct.multiply(outBefore);
		Kind kind = change.compareTo(bar) >= 0 ? Kind.GROWTH
				: change.negate().compareTo(bar) >= 0 ? Kind.DECLINE : null;
		if (kind == null) {
			return Optional.empty();
		}
		return Optional.of(new DemandFlag(kind, List.of(n, plain(outLast), plain(outBefore),
				percent(outLast.subtract(outBefore).abs(), outBefore), plain(pct))));
	}

	private static BigDecimal sellOut(List<MonthFigures> months) {
		return months.stream().map(MonthFigures::sellOut).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A share in percent with two decimals, for people to read. */
	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return plain(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
	}

	static BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
