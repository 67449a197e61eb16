package com.sellout.portal.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.catalog.SellIn;
import com.sellout.portal.catalog.SellInDelivery;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.reading.HeaderRow;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.Table;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports sell-in from the ERP's export: distributor, document, date, SKU, quantity, net
 * amount.
 */
@Component
public class SellInImporter {

	public static final String KIND = "SELL_IN";

	private final SellIn sellIn;

	private final ImportLog log;

	SellInImporter(SellIn sellIn, ImportLog log) {
		this.sellIn = sellIn;
		this.log = log;
	}

	@Transactional
	public ImportSummary importFile(String fileName, byte[] content) {
		EnumSet<ImportField> fields = EnumSet.of(ImportField.DISTRIBUTOR, ImportField.DOCUMENT_NO, ImportField.DATE,
				ImportField.SKU, ImportField.QUANTITY, ImportField.AMOUNT);
		Table table = Table.read(content, fields, fields, "sellin.import.noHeader");
		HeaderRow header = table.header();
		List<SellIn.Incoming> incoming = new ArrayList<>();
		Map<Integer, String> documentOfRow = new HashMap<>();
		for (RawRow raw : table.rows()) {
			String document = header.cell(raw, ImportField.DOCUMENT_NO);
			documentOfRow.put(raw.number(), document);
			incoming.add(new SellIn.Incoming(raw.number(), header.cell(raw, ImportField.DISTRIBUTOR), document,
					header.cell(raw, ImportField.DATE), header.cell(raw, ImportField.SKU),
					header.cell(raw, ImportField.QUANTITY), header.cell(raw, ImportField.AMOUNT)));
		}
		SellInDelivery delivery = sellIn.deliver(incoming);
		Map<Integer, SellInDelivery.Problem> problemOfRow = new HashMap<>();
		for (SellInDelivery.Problem problem : delivery.problems()) {
			problemOfRow.putIfAbsent(problem.line(), problem);
		}
		List<RowOutcome> outcomes = new ArrayList<>();
		for (SellIn.Incoming line : incoming) {
			SellInDelivery.Problem problem = problemOfRow.get(line.line());
			outcomes.add(problem == null
					? new RowOutcome(line.line(), documentOfRow.get(line.line()), Outcome.ADDED, null, null)
					: new RowOutcome(line.line(), documentOfRow.get(line.line()), Outcome.SKIPPED, problem.messageKey(),
							problem.value()));
		}
		return log.save(KIND, fileName, outcomes);
	}

}
