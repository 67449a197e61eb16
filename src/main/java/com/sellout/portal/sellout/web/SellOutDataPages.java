package com.sellout.portal.sellout.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.SellOutData;
import com.sellout.portal.sellout.SellOutData.DataFilter;
import com.sellout.portal.sellout.SellOutData.DataLine;
import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.Region;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sell-out data view: accepted lines of the active reports, filtered, totalled,
 * sorted, paged and exported.
 */
@Controller
@RequestMapping("/sellout/data")
class SellOutDataPages {

	private static final int EXPORT_LIMIT = 1_000_000;

	private final SellOutData data;

	private final Distributors distributors;

	private final ProductGroups groups;

	private final Segments segments;

	private final MessageSource messages;

	private final AuditLog auditLog;

	SellOutDataPages(SellOutData data, Distributors distributors, ProductGroups groups, Segments segments,
			MessageSource messages, AuditLog auditLog) {
		this.data = data;
		this.distributors = distributors;
		this.groups = groups;
		this.segments = segments;
		this.messages = messages;
		this.auditLog = auditLog;
	}

	/**
	 * The view's parameters as the query string carries them; newest first unless the
	 * address says otherwise.
	 */
	public record Params(String from, String to, Long distributor, String client, Long group, String sku, String region,
			String segment, Boolean deviations, String sort, Boolean desc, Integer page, String inn, String currency,
			Integer size) {

		/** All lines, newest first, the first page, unless the address says otherwise. */
		public Params {
			deviations = deviations != null && deviations;
			desc = desc == null || desc;
			page = page == null ? 0 : page;
		}

		DataFilter filter(CurrentUser me) {
			return new DataFilter(SellOutReportPages.month(from), SellOutReportPages.month(to),
					me.isManufacturer() ? distributor : me.distributorId(), client, group, sku, region, segment,
					deviations, inn, currency);
		}

	}

	@GetMapping
	String view(@ModelAttribute("params") Params params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		DataFilter filter = params.filter(me);
		SellOutData.Totals totals = data.totals(filter);
		ListQuery query = new ListQuery(null, params.sort() == null ? "sale_date" : params.sort(), params.desc(),
				Math.max(0, params.page()), ListQuery.sizeOr(params.size(), 50));
		model.addAttribute("totals", totals);
		model.addAttribute("page", data.find(filter, query, totals.lines()));
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		model.addAttribute("groups", groups.all());
		model.addAttribute("regions", Region.all());
		model.addAttribute("segments", segments.all());
		model.addAttribute("segmentNames",
				segments.all().stream().collect(Collectors.toMap(Segment::code, s -> s.name(locale))));
		return "sellout/data";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @ModelAttribute("params") Params params,
			@AuthenticationPrincipal CurrentUser me, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		List<Object> header = new ArrayList<>(
				List.of(text("user.distributor", locale), text("sellout.period", locale)));
		for (LineColumn column : LineColumn.values()) {
			header.add(text(column.header(), locale));
		}
		table.add(header);
		for (DataLine line : data.all(params.filter(me), params.sort(), params.desc(), EXPORT_LIMIT)) {
			List<Object> row = new ArrayList<>(List.of(line.distributor(), line.period()));
			for (LineColumn column : LineColumn.values()) {
				row.add(line.values().get(column)); // numbers and dates stay numbers and
													// dates in the file
			}
			table.add(row);
		}
		auditLog.record(AuditAction.SELLOUT_DATA_EXPORTED, "sellout-data", null, me.distributorId(),
				format + " " + (table.size() - 1) + " rows");
		byte[] body = format.equals("csv") ? TableFiles.csv(table) : TableFiles.xlsx("Sell-out", table);
		MediaType type = format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(TableFiles.XLSX);
		DataFilter filter = params.filter(me);
		YearMonth from = filter.from();
		YearMonth to = filter.to();
		String distributor = filter.distributorId() == null ? "all"
				: distributors.find(filter.distributorId()).map(Distributor::code).orElse(null);
		return Downloads.file(
				ExportNames.of(format, "sellout", distributor, from, to != null && to.equals(from) ? null : to), type,
				body);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
