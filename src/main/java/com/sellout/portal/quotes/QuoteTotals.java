package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A proposal's sums. Each line is rounded to kopecks on its own — its net amount (after
 * the discount), then its VAT from that rounded net — and the totals are the sums of the
 * rounded lines, so that the lines printed add up to the totals printed, as on an
 * invoice. Rounding is half up.
 */
public record QuoteTotals(BigDecimal net, BigDecimal vat, BigDecimal total) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A line's net amount, VAT and total, to kopecks. */
	public record LineSums(BigDecimal net, BigDecimal vat, BigDecimal total) {
	}

	public static LineSums line(BigDecimal quantity, BigDecimal price, BigDecimal discountPercent, BigDecimal vatRate) {
		BigDecimal share = HUNDRED.subtract(discountPercent);
		BigDecimal net = quantity.multiply(price).multiply(share).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		BigDecimal vat = net.multiply(vatRate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		return new LineSums(net, vat, net.add(vat));
	}

	public static QuoteTotals of(List<LineSums> lines) {
		BigDecimal net = BigDecimal.ZERO.setScale(2);
		BigDecimal vat = BigDecimal.ZERO.setScale(2);
		for (LineSums line : lines) {
			net = net.add(line.net());
			vat = vat.add(line.vat());
		}
		return new QuoteTotals(net, vat, net.add(vat));
	}

}
