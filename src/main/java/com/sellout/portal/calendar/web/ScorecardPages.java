package com.sellout.portal.calendar.web;

import java.nio.charset.StandardCharsets;

import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * The scorecards: the manufacturer's ranked list of every distributor, and one
 * distributor's card — which a distributor's user sees for its own distributor only, with
 * its place and the count, never the others.
 */
@Controller
@RequestMapping("/calendar/scorecards")
class ScorecardPages {

	private final Scorecards scorecards;

	private final ScorecardAccess access;

	ScorecardPages(Scorecards scorecards, ScorecardAccess access) {
		this.scorecards = scorecards;
		this.access = access;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!me.isManufacturer()) {
			// a distributor has one scorecard, its own
			return "redirect:/calendar/scorecards/"
					+ UriUtils.encodePathSegment(me.distributorCode(), StandardCharsets.UTF_8);
		}
		model.addAttribute("cards", scorecards.all());
		model.addAttribute("nav", "scorecards");
		return "calendar/scorecards";
	}

	@GetMapping("/{code}")
	String card(@PathVariable String code, @AuthenticationPrincipal CurrentUser me, Model model) {
		ScorecardAccess.Shown shown = access.of(me, code);
		model.addAttribute("card", shown.card());
		model.addAttribute("linesShown", shown.lines());
		model.addAttribute("nav", "scorecards");
		return "calendar/scorecard";
	}

}
