package com.sellout.portal.web;

import java.time.Clock;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserAccounts.UserFilter;
import com.sellout.portal.shared.ListQuery;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a user lands, on what to do now: a distributor's user in the personal cabinet of
 * their distributor (the report due, what is owed, exceptions, clients to register), a
 * manufacturer's user on the overview of all distributors (late, overdue and missing
 * reports, open exceptions, quarantined mail).
 */
@Controller
class HomeController {

	private final Distributors distributors;

	private final UserAccounts users;

	private final DistributorToday distributorToday;

	private final ManufacturerToday manufacturerToday;

	private final Clock clock;

	HomeController(Distributors distributors, UserAccounts users, DistributorToday distributorToday,
			ManufacturerToday manufacturerToday, Clock clock) {
		this.distributors = distributors;
		this.users = users;
		this.distributorToday = distributorToday;
		this.manufacturerToday = manufacturerToday;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (me.isManufacturer()) {
			model.addAttribute("today", manufacturerToday.of(clock.instant()));
			model.addAttribute("active", distributors.find(true, new ListQuery(null, null, false, 0, 1)).total());
			model.addAttribute("inactive", distributors.find(false, new ListQuery(null, null, false, 0, 1)).total());
			model.addAttribute("users",
					users.find(new UserFilter(null, null, true), new ListQuery(null, null, false, 0, 1)).total());
			model.addAttribute("page", distributors.find(null, new ListQuery(null, "name", false, 0, 10)));
			return "home/manufacturer";
		}
		model.addAttribute("distributor", distributors.get(me.distributorId()));
		model.addAttribute("today", distributorToday.of(me.distributorId(), clock.instant()));
		if (me.canManageUsers()) {
			model.addAttribute("colleagues", users.find(new UserFilter(me.distributorId(), null, true),
					new ListQuery(null, "name", false, 0, 10)));
		}
		return "home/distributor";
	}

}
