package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A view of the analytics pages as a file, xlsx or CSV: the conditions it was made under
 * first (range and every filter, in the reader's language), then exactly the rows and
 * columns the page shows — numbers as numbers, so that a spreadsheet sums them; written
 * to the audit log by {@link Download}.
 */
@Component
class AnalyticsExport {

	private final MessageSource messages;

	private final Distributors distributors;

	private final Segments segments;

	private final ProductGroups groups;

	private final Download download;

	AnalyticsExport(MessageSource messages, Distributors distributors, Segments segments, ProductGroups groups,
			Download download) {
		this.messages = messages;
		this.distributors = distributors;
		this.segments = segments;
		this.groups = groups;
		this.download = download;
	}

	/** A breakdown as its table shows it. */
	ResponseEntity<byte[]> breakdown(String format, SalesFilter filter, Breakdowns.View view, Locale locale) {
		List<List<Object>> table = conditions(filter, text("analytics.by." + view.by(), locale), locale);
		table.add(List.of(text("analytics.key", locale), text("analytics.dim." + view.by(), locale),
				text("analytics.amount", locale), text("analytics.share", locale) + ", %",
				text("analytics.quantity", locale), text("analytics.lines", locale),
				text("analytics.clients", locale)));
		for (Breakdowns.Line line : view.lines()) {
			List<Object> row = new ArrayList<>();
			row.add(line.row().key());
			row.add(line.name());
			row.add(line.row().amountNet());
			row.add(view.amount().signum() == 0 ? null
					: line.row()
						.amountNet()
						.multiply(BigDecimal.valueOf(100))
						.divide(view.amount(), 1, RoundingMode.HALF_UP));
			row.add(units(line.row().quantity()));
			row.add(line.row().lines());
			row.add(line.row().clients());
			table.add(row);
		}
		return file(format, "analytics-" + view.by().param() + "-" + filter.from() + "-" + filter.to(), table, locale);
	}

	/** The trend's table: a row per month, a column per stack, and the total. */
	ResponseEntity<byte[]> trend(String format, SalesFilter filter, Trends.View view, Locale locale) {
		List<List<Object>> table = conditions(filter,
				text("analytics.trend", locale) + " · " + text("analytics.dim." + view.stack(), locale), locale);
		List<Object> header = new ArrayList<>();
		header.add(text("analytics.trend.month", locale));
		view.series().forEach(s -> header.add(s.name()));
		header.add(text("analytics.trend.total", locale));
		table.add(header);
		for (int m = 0; m < view.months().size(); m++) {
			List<Object> row = new ArrayList<>();
			row.add(view.months().get(m));
			for (Trends.Series s : view.series()) {
				row.add(s.values().get(m));
			}
			row.add(view.totals().get(m));
			table.add(row);
		}
		List<Object> total = new ArrayList<>();
		total.add(text("analytics.trend.total", locale));
		view.series().forEach(s -> total.add(s.total()));
		total.add(view.total());
		table.add(total);
		return file(format, "analytics-trend-" + filter.from() + "-" + filter.to(), table, locale);
	}

	/** What the file was made of: the view, the range and every filter set. */
	private List<List<Object>> conditions(SalesFilter filter, String view, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("analytics.export.view", locale), view));
		rows.add(List.of(text("analytics.export.period", locale), filter.from() + " — " + filter.to()));
		if (filter.distributorId() != null) {
			rows.add(List.of(text("user.distributor", locale),
					distributors.find(filter.distributorId()).map(Distributor::code).orElse("—")));
		}
		if (filter.region() != null) {
			rows.add(List.of(text("client.region", locale), Dimension.UNSPECIFIED.equals(filter.region())
					? text("analytics.unspecified", locale)
					: Region.byCode(filter.region()).map(r -> r.code() + " " + r.name()).orElse(filter.region())));
		}
		if (filter.segment() != null) {
			rows.add(List.of(text("client.segment", locale),
					Dimension.UNSPECIFIED.equals(filter.segment()) ? text("analytics.unspecified", locale)
							: segments.all()
								.stream()
								.filter(s -> s.code().equals(filter.segment()))
								.map((Segment s) -> s.name(locale))
								.findFirst()
								.orElse(filter.segment())));
		}
		if (filter.groupId() != null) {
			rows.add(List.of(text("analytics.filter.group", locale),
					groups.all()
						.stream()
						.filter(g -> g.id() == filter.groupId())
						.map(ProductGroup::path)
						.findFirst()
						.orElse(String.valueOf(filter.groupId()))));
		}
		if (filter.sku() != null) {
			rows.add(List.of(text("sellout.line.sku", locale), filter.sku()));
		}
		if (filter.clientInn() != null) {
			rows.add(List.of(text("analytics.filter.client", locale), filter.clientInn()));
		}
		rows.add(List.of());
		return rows;
	}

	private ResponseEntity<byte[]> file(String format, String name, List<List<Object>> table, Locale locale) {
		return download.of(format, name, text("analytics.export.sheet", locale), table);
	}

	/** Units as many decimals as they have: 120, not 120.000. */
	private static BigDecimal units(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
