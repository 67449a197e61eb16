package com.sellout.portal.analytics.web;

import java.time.Clock;
import java.time.YearMonth;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.SalesCards;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales cards other modules' pages load (by an htmx GET when they open: the home
 * pages, the distributor's card, the client's card), so that those modules need not know
 * analytics. The home card compares the last three complete months with the three before
 * and a year earlier; a distributor's and a client's card show the last twelve (a range
 * may be asked for: {@code from}, {@code to}). A distributor's user sees its own sales
 * only — on a client's card its own sales to that client — and another distributor's card
 * is not found.
 */
@Controller
@RequestMapping("/analytics/cards")
class SalesCardPages {

	static final int HOME_MONTHS = 3;

	static final int CARD_MONTHS = 12;

	private final SalesCards cards;

	private final InsightScope scope;

	private final Distributors distributors;

	private final Clients clients;

	private final Clock clock = Clock.systemDefaultZone();

	SalesCardPages(SalesCards cards, InsightScope scope, Distributors distributors, Clients clients) {
		this.cards = cards;
		this.scope = scope;
		this.distributors = distributors;
		this.clients = clients;
	}

	@GetMapping("/home")
	String home(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		SalesFilter filter = range(from, to, HOME_MONTHS)
			.ofDistributor(me.isManufacturer() ? null : me.distributorId());
		model.addAttribute("card", cards.home(filter, scope.restriction(me)));
		model.addAttribute("query", FilterChoices.query(filter));
		return "analytics/card :: home";
	}

	@GetMapping("/distributor/{id}")
	String distributor(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser me, Model model) {
		if ((!me.isManufacturer() && id != me.distributorId()) || distributors.find(id).isEmpty()) {
			throw new NotFoundException();
		}
		SalesFilter filter = range(from, to, CARD_MONTHS).ofDistributor(id);
		model.addAttribute("card", cards.card(filter, scope.restriction(me)));
		model.addAttribute("query", FilterChoices.query(filter));
		return "analytics/card :: sales";
	}

	@GetMapping("/client/{id}")
	String client(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser me, Model model) {
		Client client = clients.find(id).orElseThrow(NotFoundException::new);
		SalesFilter range = range(from, to, CARD_MONTHS);
		SalesFilter filter = new SalesFilter(range.from(), range.to(), me.isManufacturer() ? null : me.distributorId(),
				null, null, null, null, client.inn());
		model.addAttribute("card", cards.card(filter, scope.restriction(me)));
		model.addAttribute("query", FilterChoices.query(filter));
		return "analytics/card :: sales";
	}

	/** The range asked for, else the last complete months, this many. */
	private SalesFilter range(String from, String to, int months) {
		YearMonth end = AnalyticsScope.month(to);
		YearMonth start = AnalyticsScope.month(from);
		end = end != null ? end : start != null ? start.plusMonths(months - 1) : YearMonth.now(clock).minusMonths(1);
		start = start != null && !start.isAfter(end) ? start : end.minusMonths(months - 1);
		return SalesFilter.of(start, end);
	}

}
