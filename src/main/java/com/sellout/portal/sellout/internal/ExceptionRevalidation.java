package com.sellout.portal.sellout.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.clients.ClientRegistry;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.CanonicalField;
import com.sellout.portal.sellout.ValueMappings;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a distributor's open exceptions again — after a person fixed a value or taught the portal
 * one of the distributor's codes — in every report that counts (active, or waiting to be read): the
 * lines that now pass are accepted in place and their reports' totals recomputed, at once.
 */
@Component
public class ExceptionRevalidation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Catalog catalog;

	private final PriceFloors floors;

	private final ClientRegistry clients;

	private final Segments segments;

	private final ValueMappings mappings;

	private final ReportStore store;

	ExceptionRevalidation(JdbcClient jdbc, ScopedTransactions transactions, Catalog catalog, PriceFloors floors,
			ClientRegistry clients, Segments segments, ValueMappings mappings, ReportStore store) {
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.catalog = catalog;
		this.floors = floors;
		this.clients = clients;
		this.segments = segments;
		this.mappings = mappings;
	}

	private record OpenLine(long reportId, int lineNo, String source, java.time.LocalDate period) {
	}

	/** Re-checks the distributor's open exceptions; answers how many were resolved. */
	public int revalidate(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<OpenLine> open = jdbc.sql("""
					select l.report_id, l.line_no, l.source::text as source, r.period from sellout_lines l
					  join sellout_reports r on r.id = l.report_id
					 where r.distributor_id = ? and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
					   and not l.accepted and l.source is not null
					 order by l.report_id, l.line_no""").param(distributorId).query(OpenLine.class).list();
			if (open.isEmpty()) {
				return 0;
			}
			ReportContext context = new ReportContext(distributorId, catalog.identities(), mappings.snapshot(distributorId),
					clients.directory(), segments.all(), floors.book());
			LineValidator validator = new LineValidator(context);
			ReportProcessor.Tally tally = new ReportProcessor.Tally();
			Set<Long> reports = new LinkedHashSet<>();
			int resolved = 0;
			for (OpenLine line : open) {
				ValidatedLine checked = validator.validate(sourceLine(line.lineNo(), line.source()));
				if (!checked.accepted()) {
					continue;
				}
				tally.add(checked, context);
				accept(line, checked);
				reports.add(line.reportId());
				resolved++;
			}
			clients.foundInSellOut(distributorId, tally.newClients.values());
			reports.forEach(report -> store.recount(report, false));
			return resolved;
		});
	}

	/** Changes one value an exception line was received with, then re-checks the distributor's exceptions. */
	public int correct(long reportId, int lineNo, CanonicalField field, String value) {
		long distributorId = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			String source = jdbc.sql("select source::text from sellout_lines where report_id = ? and line_no = ? and not accepted")
				.params(reportId, lineNo).query(String.class).optional()
				.orElseThrow(com.sellout.portal.shared.NotFoundException::new);
			Map<String, String> values = new java.util.LinkedHashMap<>(JSON.readValue(source,
					new TypeReference<Map<String, String>>() {
					}));
			if (value == null || value.isBlank()) {
				values.remove(field.key());
			}
			else {
				values.put(field.key(), value.strip());
			}
			jdbc.sql("update sellout_lines set source = ?::jsonb where report_id = ? and line_no = ?")
				.params(JSON.writeValueAsString(values), reportId, lineNo).update();
			return jdbc.sql("select distributor_id from sellout_reports where id = ?").param(reportId).query(Long.class)
				.single();
		});
		return revalidate(distributorId);
	}

	private static SourceLine sourceLine(int number, String json) {
		Map<String, String> values = JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
		SourceLine line = new SourceLine(number);
		values.forEach((key, value) -> CanonicalField.byKey(key).ifPresent(field -> line.set(field, value)));
		return line;
	}

	private void accept(OpenLine line, ValidatedLine v) {
		boolean outside = line.period() != null && v.saleDate != null
				&& (v.saleDate.isBefore(line.period()) || !v.saleDate.isBefore(line.period().plusMonths(1)));
		List<Map<String, String>> warnings = new ArrayList<>();
		v.warnings.forEach(p -> warnings.add(Map.of("field", p.field(), "value", p.value() == null ? "" : p.value(),
				"code", p.code(), "level", "warning")));
		jdbc.sql("""
				update sellout_lines
				   set accepted = true, sale_date = ?, document_no = ?, client_inn = ?, client_kpp = ?, client_name = ?,
				       client_segment = ?, region_code = ?, sku = ?, ean = ?, quantity = ?, unit = ?, price_net = ?,
				       amount_net = ?, vat_rate = ?, floor_price = ?, below_floor_pct = ?, out_of_period = ?,
				       problems = ?::jsonb, source = null
				 where report_id = ? and line_no = ?""")
			.params(v.saleDate, v.documentNo, v.clientInn, v.clientKpp, v.clientName, v.clientSegment, v.regionCode, v.sku,
					v.ean, v.quantity, v.unit, v.priceNet, v.amountNet, v.vatRate, v.floorPrice, v.belowFloorPct, outside,
					warnings.isEmpty() ? null : JSON.writeValueAsString(warnings), line.reportId(), line.lineNo())
			.update();
	}


}
