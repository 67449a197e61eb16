package com.sellout.portal.inventory.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.inventory.Band;
import com.sellout.portal.inventory.InventoryFilter;
import com.sellout.portal.inventory.InventoryQueries;
import com.sellout.portal.inventory.InventoryTotals;
import com.sellout.portal.inventory.InventoryWatch;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * «Товарный запас в канале»: a month of the channel inventory — one distributor's or, for
 * the manufacturer, all of them — with its totals, each figure leading to what is behind
 * it, the gap over the last twelve months, the stalest stock and what runs out first; and
 * the same rows as xlsx or CSV.
 */
@Controller
@RequestMapping("/inventory")
class InventoryPages {

	private static final int HISTORY_MONTHS = 12;

	private static final int WATCH_LIST_SIZE = 10;

	private final InventoryQueries inventory;

	private final InventoryWatch watch;

	private final InventoryScope scope;

	private final Distributors distributors;

	private final ProductGroups groups;

	private final InventoryExport export;

	InventoryPages(InventoryQueries inventory, InventoryWatch watch, InventoryScope scope, Distributors distributors,
			ProductGroups groups, InventoryExport export) {
		this.inventory = inventory;
		this.watch = watch;
		this.scope = scope;
		this.distributors = distributors;
		this.groups = groups;
		this.export = export;
	}

	@GetMapping
	String view(@ModelAttribute("params") InventoryParams params, @AuthenticationPrincipal CurrentUser me,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Long distributorId = scope.byId(me, params.distributor());
		YearMonth month = month(params, distributorId);
		InventoryFilter filter = params.filter(distributorId, month);
		InventoryTotals totals = inventory.totals(filter);
		model.addAttribute("period", month.toString());
		model.addAttribute("previous", month.minusMonths(1).toString());
		model.addAttribute("distributorId", distributorId);
		model.addAttribute("totals", totals);
		model.addAttribute("page", inventory.find(filter, params.query(), totals.rows()));
		model.addAttribute("history", watch.gapHistory(filter, HISTORY_MONTHS));
		model.addAttribute("stalest", watch.stalest(filter, WATCH_LIST_SIZE));
		model.addAttribute("runningOut", watch.nearestToRunningOut(filter, WATCH_LIST_SIZE));
		model.addAttribute("bands", Band.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		model.addAttribute("groups", groups.all());
		return htmx != null ? "inventory/page :: results" : "inventory/page";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @ModelAttribute("params") InventoryParams params,
			@AuthenticationPrincipal CurrentUser me, Locale locale) {
		Long distributorId = scope.byId(me, params.distributor());
		YearMonth month = month(params, distributorId);
		return export.file(format,
				inventory.all(params.filter(distributorId, month), params.sort(), params.desc(), InventoryExport.LIMIT),
				distributorId == null ? "all" : distributors.find(distributorId).map(Distributor::code).orElse(null),
				month, locale);
	}

	/** The month asked for, else the newest with inventory, else this one. */
	private YearMonth month(InventoryParams params, Long distributorId) {
		if (params.period() != null && !params.period().isBlank()) {
			return InventoryScope.month(params.period());
		}
		return inventory.latestPeriod(distributorId).orElseGet(YearMonth::now);
	}

}
