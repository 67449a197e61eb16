package com.sellout.portal.catalog.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import com.sellout.portal.catalog.SellIn;
import com.sellout.portal.catalog.SellIn.SellInFilter;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sell-in by distributor and month: the manufacturer sees all, a distributor its own. */
@Controller
@RequestMapping("/sell-in")
class SellInController {

	private final SellIn sellIn;

	private final Distributors distributors;

	SellInController(SellIn sellIn, Distributors distributors) {
		this.sellIn = sellIn;
		this.distributors = distributors;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long distributor, @RequestParam(required = false) String period,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, @RequestParam(defaultValue = "0") int transit, Model model) {
		YearMonth month = parse(period);
		// the channel inventory's link: the documents that arrive in the month
		var filter = new SellInFilter(distributor, month, null, Math.max(0, Math.min(transit, 90)));
		var query = new ListQuery(q, sort, desc, page, ListQuery.sizeOr(size, 50));
		List<Distributor> visible = distributors.all();
		model.addAttribute("page", sellIn.find(filter, query));
		model.addAttribute("totals", sellIn.totals(filter, query));
		model.addAttribute("query", query);
		model.addAttribute("distributor", distributor);
		model.addAttribute("period", month == null ? "" : month.toString());
		model.addAttribute("filter", filter);
		model.addAttribute("distributors", visible);
		model.addAttribute("distributorCodes",
				visible.stream().collect(Collectors.toMap(Distributor::id, Distributor::code)));
		return "catalog/sell-in";
	}

	private static YearMonth parse(String period) {
		try {
			return period == null || period.isBlank() ? null : YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
