package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.forecasting.BacktestError;
import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.MonthQuantity;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The forecast page as an xlsx: first what it is of (distributor, group or product,
 * horizon, method, as of which month, the method used and its backtest error), then the
 * forecast with its interval, the sell-in need with its parts and the history — numbers
 * as numbers, so that a spreadsheet sums them — and, like every export of the portal's
 * data, a line in the audit log saying who took which selection.
 */
@Component
class ForecastExport {

	/** What the export names its selection with. */
	record Selection(String distributor, String group, String sku, String productName) {
	}

	private final MessageSource messages;

	private final AuditLog auditLog;

	ForecastExport(MessageSource messages, AuditLog auditLog) {
		this.messages = messages;
		this.auditLog = auditLog;
	}

	ResponseEntity<byte[]> xlsx(ForecastRequest request, Selection selection, SalesForecast forecast, SellInPlan plan,
			Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(text("forecast.export.title", locale), LocalDate.now()));
		table.add(List.of(text("user.distributor", locale),
				selection.distributor() == null ? text("forecast.allDistributors", locale) : selection.distributor()));
		if (selection.sku() != null) {
			table.add(List.of(text("forecast.product", locale),
					selection.sku() + (selection.productName() == null ? "" : " " + selection.productName())));
		}
		else {
			table.add(List.of(text("forecast.group", locale),
					selection.group() == null ? text("forecast.allProducts", locale) : selection.group()));
		}
		table.add(List.of(text("forecast.horizon", locale), request.horizon()));
		table.add(List.of(text("forecast.method", locale), request.method() == null
				? text("forecast.method.auto", locale) : text("forecast.method." + request.method().param(), locale)));
		if (request.asOf() != null) {
			table.add(List.of(text("forecast.asOf", locale), request.asOf().toString()));
		}
		table.add(List.of(text("forecast.used", locale), forecast.method()));
		BacktestError backtest = forecast.backtest();
		if (backtest != null) {
			table.add(row(text("forecast.backtest.wape", locale), backtest.wape()));
			table.add(row(text("forecast.backtest.mase", locale), backtest.mase()));
			table.add(row(text("forecast.backtest.bias", locale), backtest.bias()));
			table.add(List.of(text("forecast.backtest.windows", locale), backtest.windows()));
		}
		if (!forecast.missingDistributors().isEmpty()) {
			table.add(List.of(text("forecast.export.missing", locale),
					String.join(", ", forecast.missingDistributors())));
		}
		table.add(List.of());
		table.add(List.of(text("forecast.export.forecast", locale)));
		table.add(List.of(text("forecast.month", locale), text("forecast.chart.forecast", locale),
				text("forecast.lower80", locale), text("forecast.upper80", locale)));
		for (ForecastMonth m : forecast.forecast()) {
			table.add(List.of(m.period().toString(), m.quantity(), m.lower80(), m.upper80()));
		}
		table.add(List.of());
		table.add(List
			.of(text(plan.distributor() == null ? "forecast.sellIn.factory" : "forecast.sellIn.title", locale)));
		table.add(List.of(text("forecast.month", locale), text("forecast.sellIn.sellOut", locale),
				text("forecast.sellIn.named", locale), text("forecast.sellIn.target", locale),
				text("forecast.sellIn.stock", locale), text("forecast.sellIn.transit", locale),
				text("forecast.sellIn.needed", locale)));
		for (SellInMonth m : plan.months()) {
			table.add(List.of(m.period().toString(), m.sellOutForecast(), m.namedOrders(), m.targetStock(),
					m.projectedStock(), m.inTransit(), m.sellInNeeded()));
		}
		table.add(List.of());
		table.add(List.of(text("forecast.export.history", locale)));
		table.add(List.of(text("forecast.month", locale), text("forecast.chart.history", locale)));
		for (MonthQuantity m : forecast.history()) {
			table.add(List.of(m.period().toString(), m.quantity()));
		}
		String name = "forecast-" + (selection.distributor() == null ? "all" : selection.distributor()) + "-"
				+ (selection.sku() != null ? selection.sku()
						: request.groupId() != null ? "group-" + request.groupId() : "all-products");
		auditLog.record(AuditAction.FORECAST_EXPORTED, "forecast", name, request.distributorId(),
				"xlsx " + forecast.forecast().size() + " months");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(ExportNames.of("xlsx", name)))
			.contentType(MediaType.parseMediaType(TableFiles.XLSX))
			.body(TableFiles.xlsx(text("forecast.export.sheet", locale), table));
	}

	private static List<Object> row(String label, BigDecimal value) {
		List<Object> row = new ArrayList<>();
		row.add(label);
		row.add(value);
		return row;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
