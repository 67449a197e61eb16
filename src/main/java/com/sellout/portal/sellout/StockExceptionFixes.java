package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.sellout.internal.StockRevalidation;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixing a stock report's exceptions where they are, as {@link ExceptionFixes} fixes a
 * sell-out report's: a received value corrected (a negative stock, a quantity that is no
 * number), or an unknown product mapped to the catalog — learned as the distributor's
 * value mapping, which resolves every open exception it names, of stock and sell-out
 * reports alike. A fixed line is accepted, its report recounted and a
 * {@link SellOutReportLinesChanged} published. A former version is read-only.
 */
@Service
public class StockExceptionFixes {

	private final StockReportLines lines;

	private final ExceptionFixes fixes;

	private final StockRevalidation revalidation;

	private final ScopedTransactions transactions;

	StockExceptionFixes(StockReportLines lines, ExceptionFixes fixes, StockRevalidation revalidation,
			ScopedTransactions transactions) {
		this.lines = lines;
		this.fixes = fixes;
		this.revalidation = revalidation;
		this.transactions = transactions;
	}

	/**
	 * The open exception, if the caller may see its report and it is the active version.
	 * @throws NotFoundException no such stock report or no open exception on that line
	 */
	@Transactional(readOnly = true)
	public StockLine open(long reportId, int lineNo) {
		SellOutReport report = lines.stockReport(reportId);
		if (!report.status().isActive()) {
			throw new ReportVersionConflictException("sellout.versions.readOnly", reportId);
		}
		return lines.lines(reportId, StockReportLines.Filter.EXCEPTIONS, null, 0, Integer.MAX_VALUE)
			.items()
			.stream()
			.filter(line -> line.lineNo() == lineNo)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Corrects one received value of the line; answers how many open exceptions are now
	 * resolved.
	 */
	public int correct(long reportId, int lineNo, CanonicalField field, String value) {
		transactions.callAs(DataScopes.current(), () -> open(reportId, lineNo));
		return revalidation.correct(reportId, lineNo, field, value);
	}

	/**
	 * Learns the distributor's code or name of the line's product as this catalog SKU;
	 * answers how many open exceptions it resolved.
	 */
	public int mapProduct(long reportId, int lineNo, String sku) {
		StockLine line = transactions.callAs(DataScopes.current(), () -> open(reportId, lineNo));
		String key = productKey(line);
		if (key == null || sku == null || sku.isBlank()) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("sku", "sellout.fix.chooseSku")));
		}
		long distributorId = transactions.callAs(DataScopes.current(), () -> lines.stockReport(reportId))
			.distributorId();
		String csv = "from;to\n" + key.replace(";", " ") + ";" + sku.strip() + "\n";
		return fixes.learn(distributorId, ValueMappingType.SKU, csv.getBytes(StandardCharsets.UTF_8)).resolved();
	}

	/**
	 * What the distributor called the product: its code, the SKU column's text, or the
	 * name.
	 */
	private static String productKey(StockLine line) {
		for (String field : List.of("distributor_sku", "sku", "ean", "product_name")) {
			String value = line.received().get(field);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
