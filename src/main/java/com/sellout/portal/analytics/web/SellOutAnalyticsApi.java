package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sell-out figures over the API, for the manufacturer's and the distributors' own
 * systems (Power BI and the like): a range's breakdown by one dimension, or by two, with
 * the totals and the rollup they were read from. Same isolation as the pages: a
 * distributor's account reads its own figures only, and naming another distributor — or
 * one that does not exist — is answered as a distributor without sales (no rows, zero
 * totals), never "forbidden", so that it learns nothing of it.
 */
@RestController
@RequestMapping("/api/v1/analytics/sellout")
@Tag(name = "Sell-out analytics")
class SellOutAnalyticsApi {

	/** No distributor has it: a distributor the caller may not see selects nothing. */
	private static final long NOBODY = 0;

	private final SalesFigures figures;

	private final Distributors distributors;

	SellOutAnalyticsApi(SalesFigures figures, Distributors distributors) {
		this.figures = figures;
		this.distributors = distributors;
	}

	/**
	 * A breakdown row; {@code key2}/{@code name2} only with a second dimension (left out
	 * of the JSON otherwise).
	 */
	record RowView(String key, String name, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String key2,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String name2, BigDecimal amountNet,
			@Schema(description = "null when the row's lines have more than one unit") @Nullable BigDecimal quantity,
			long lines, long clients) {

		static RowView of(SalesRow row) {
			return new RowView(row.key(), row.name(), row.key2(), row.name2(), row.amountNet(), row.quantity(),
					row.lines(), row.clients());
		}

	}

	/** The selection's sums: quantity and unit only when it has one unit. */
	record TotalsView(BigDecimal amountNet, @Nullable BigDecimal quantity, @Nullable String unit, long lines,
			long clients, long otherCurrencyLines) {

		static TotalsView of(SalesTotals t) {
			return new TotalsView(t.amountNet(), t.quantity(), t.unit(), t.lines(), t.clients(),
					t.otherCurrencyLines());
		}

	}

	record Answer(List<RowView> rows, TotalsView totals, String source) {
	}

	@GetMapping
	@Operation(summary = "Sell-out figures of a range of report months broken down by one dimension (or two: "
			+ "by=region,segment), largest net amount first (months in order), with the totals and the rollup read. "
			+ "Keys: period YYYY-MM, distributor its code, region the subject's two-digit code, segment its code, "
			+ "group its id (the children of the group filter, or the top-level groups, each with its sub-groups; "
			+ "the filter's group itself for products directly in it), sku the SKU, client the ИНН; \"-\" for lines "
			+ "without one, and a filter value \"-\" selects those. amountNet in RUB (lines in another currency "
			+ "counted in totals.otherCurrencyLines); quantity null when units differ; clients distinct ИНН. "
			+ "key2/name2 appear only with a second dimension. A distributor's account reads its own lines only.")
	Answer get(@Parameter(description = "first month, YYYY-MM") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "last month, YYYY-MM (included)") @RequestParam(
					required = false) @Nullable String to,
			@Parameter(description = "period|distributor|region|segment|group|sku|client, optionally a second "
					+ "after a comma; none: totals only") @RequestParam(required = false) @Nullable String by,
			@Parameter(description = "a distributor's code") @RequestParam(
					required = false) @Nullable String distributor,
			@Parameter(description = "a subject's two-digit code, or -") @RequestParam(
					required = false) @Nullable String region,
			@Parameter(description = "a segment's code, or -") @RequestParam(required = false) @Nullable String segment,
			@Parameter(description = "a product group's id (its sub-groups included)") @RequestParam(
					required = false) @Nullable String group,
			@Parameter(description = "a SKU, or -") @RequestParam(required = false) @Nullable String sku,
			@Parameter(description = "a client's ИНН, or -") @RequestParam(required = false) @Nullable String client) {
		YearMonth first = month("from", from);
		YearMonth last = month("to", to);
		if (last.isBefore(first)) {
			throw new RefusedException("analytics.api.toBeforeFrom", from, to);
		}
		List<Dimension> dimensions = dimensions(by);
		SalesFilter filter = new SalesFilter(first, last, distributorId(distributor), region, segment, groupId(group),
				sku, client);
		Dimension one = dimensions.isEmpty() ? null : dimensions.get(0);
		Dimension two = dimensions.size() < 2 ? null : dimensions.get(1);
		List<RowView> rows = one == null ? List.of()
				: figures.breakdown(filter, one, two).stream().map(RowView::of).toList();
		return new Answer(rows, TotalsView.of(figures.totals(filter)), figures.source(filter, one, two).table());
	}

	private static YearMonth month(String param, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new RefusedException("analytics.api.monthRequired", param);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("analytics.api.badMonth", param, value);
		}
	}

	private static List<Dimension> dimensions(@Nullable String by) {
		if (by == null || by.isBlank()) {
			return List.of();
		}
		String[] parts = by.split(",", -1);
		if (parts.length > 2) {
			throw new RefusedException("analytics.api.badBy", by);
		}
		List<Dimension> dimensions = new ArrayList<>();
		for (String part : parts) {
			Dimension dimension = Dimension.byParam(part.strip().toLowerCase(Locale.ROOT))
				.orElseThrow(() -> new RefusedException("analytics.api.badBy", by));
			if (dimensions.contains(dimension)) {
				throw new RefusedException("analytics.api.badBy", by);
			}
			dimensions.add(dimension);
		}
		return dimensions;
	}

	/**
	 * The distributor named: one the caller may see (its own, for a distributor's
	 * account), or nobody — whose figures are none.
	 */
	private @Nullable Long distributorId(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElse(NOBODY);
	}

	private static @Nullable Long groupId(@Nullable String group) {
		if (group == null || group.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(group.strip());
		}
		catch (NumberFormatException ex) {
			throw new RefusedException("analytics.api.badGroup", group);
		}
	}

}
