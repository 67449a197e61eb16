package com.sellout.portal.inventory.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.inventory.InventoryRow;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The inventory rows a page selects as a file: every figure of each row, numbers as
 * numbers (so that a spreadsheet sums them), headers, band and opening source in the
 * reader's language.
 */
@Component
class InventoryExport {

	static final int LIMIT = 1_000_000;

	private static final List<String> HEADERS = List.of("user.distributor", "inventory.period", "inventory.sku",
			"inventory.name", "inventory.opening", "inventory.openingSource", "inventory.sellIn", "inventory.sellOut",
			"inventory.calculated", "inventory.reported", "inventory.stockReport", "inventory.gap",
			"inventory.gapValue", "inventory.gapPercent", "inventory.weeklySellOut", "inventory.weeks",
			"inventory.band", "inventory.lastSale", "inventory.staleDays", "inventory.stale");

	private final MessageSource messages;

	InventoryExport(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> file(String format, List<InventoryRow> rows, String distributorCode, YearMonth month,
			Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(HEADERS.stream().map(key -> (Object) text(key, locale)).toList());
		for (InventoryRow r : rows) {
			List<Object> row = new ArrayList<>();
			row.add(r.distributor());
			row.add(r.period().toString());
			row.add(r.sku());
			row.add(r.name());
			row.add(units(r.opening()));
			row.add(text("inventory.openingSource." + r.openingSource(), locale));
			row.add(units(r.sellIn()));
			row.add(units(r.sellOut()));
			row.add(units(r.calculatedClosing()));
			row.add(units(r.reportedClosing()));
			row.add(r.stockReportId());
			row.add(units(r.gap()));
			row.add(r.gapValue());
			row.add(r.gapPercent());
			row.add(units(r.weeklySellOut()));
			row.add(r.weeksOfSupply());
			row.add(r.band() == null ? null : text("inventory.band." + r.band(), locale));
			row.add(r.lastSale());
			row.add(r.staleDays());
			row.add(text(r.stale() ? "inventory.yes" : "inventory.no", locale));
			table.add(row);
		}
		boolean csv = format.equals("csv");
		byte[] body = csv ? TableFiles.csv(table) : TableFiles.xlsx(text("inventory.sheet", locale), table);
		MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(TableFiles.XLSX);
		String name = ExportNames.of(format, "channel-inventory", distributorCode, month);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name))
			.contentType(type)
			.body(body);
	}

	/**
	 * Units as many decimals as they have: 120, not 120.000, which Excel may read as 120
	 * 000.
	 */
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
