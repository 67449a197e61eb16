package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.PlanningSetting;
import com.sellout.portal.forecasting.PlanningSettings;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Параметры планирования»: the lead time (months between ordering and arrival) and the
 * target cover (weeks of sell-out to hold) the sell-in need is netted with, per
 * distributor and per product group, next to the distributor's transit time. The
 * manufacturer sets and removes them; a distributor's user reads its own.
 */
@Controller
@RequestMapping("/forecast/settings")
class PlanningSettingsPages {

	/** The longest lead time the form takes, in months. */
	static final int MAX_LEAD_TIME = 12;

	/** The largest cover the form takes, in weeks. */
	static final BigDecimal MAX_COVER = BigDecimal.valueOf(52);

	/** A distributor's row: its transit time and what holds for it as a whole. */
	public record DistributorRow(Distributor distributor, PlanningSetting effective, boolean own) {
	}

	/** A group's own setting of a distributor. */
	public record GroupRow(Distributor distributor, long groupId, String groupPath, PlanningSetting setting) {
	}

	private final PlanningSettings settings;

	private final Distributors distributors;

	private final ForecastOptions options;

	PlanningSettingsPages(PlanningSettings settings, Distributors distributors, ForecastOptions options) {
		this.settings = settings;
		this.distributors = distributors;
		this.options = options;
	}

	@GetMapping
	String view(@AuthenticationPrincipal CurrentUser me, Model model) {
		List<PlanningSetting> stored = settings.all();
		List<Distributor> shown = me.isManufacturer() ? distributors.all()
				: List.of(distributors.find(me.distributorId()).orElseThrow(NotFoundException::new));
		Map<Long, Distributor> byId = shown.stream().collect(Collectors.toMap(Distributor::id, Function.identity()));
		List<DistributorRow> rows = shown.stream()
			.map(d -> new DistributorRow(d, settings.effective(d.id(), null),
					stored.stream().anyMatch(s -> s.distributorId() == d.id() && s.groupId() == null)))
			.toList();
		List<GroupRow> groups = new ArrayList<>();
		for (PlanningSetting s : stored) {
			if (s.groupId() != null && byId.containsKey(s.distributorId())) {
				groups.add(new GroupRow(byId.get(s.distributorId()), s.groupId(),
						options.groupPath(s.groupId()).orElse("#" + s.groupId()), s));
			}
		}
		groups.sort(Comparator.comparing((GroupRow g) -> g.distributor().code()).thenComparing(GroupRow::groupPath));
		model.addAttribute("nav", "forecast");
		model.addAttribute("tab", "settings");
		model.addAttribute("rows", rows);
		model.addAttribute("groupRows", groups);
		model.addAttribute("groups", options.of(me, null, null).groups());
		model.addAttribute("maxLeadTime", MAX_LEAD_TIME);
		model.addAttribute("maxCover", MAX_COVER);
		return "forecasting/settings";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String save(@RequestParam long distributor, @RequestParam(required = false) Long group,
			@RequestParam String leadTime, @RequestParam String cover, RedirectAttributes flash) {
		Integer months = parseInt(leadTime);
		BigDecimal weeks = parseDecimal(cover);
		if (months == null || months < 0 || months > MAX_LEAD_TIME) {
			flash.addFlashAttribute("problem", "forecast.settings.badLeadTime");
			return "redirect:/forecast/settings";
		}
		if (weeks == null || weeks.signum() < 0 || weeks.compareTo(MAX_COVER) > 0) {
			flash.addFlashAttribute("problem", "forecast.settings.badCover");
			return "redirect:/forecast/settings";
		}
		try {
			settings.save(new PlanningSetting(distributor, group, months, weeks));
			flash.addFlashAttribute("notice", "forecast.settings.saved");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		return "redirect:/forecast/settings";
	}

	@PostMapping("/delete")
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String delete(@RequestParam long distributor, @RequestParam(required = false) Long group,
			RedirectAttributes flash) {
		settings.delete(distributor, group);
		flash.addFlashAttribute("notice", "forecast.settings.deleted");
		return "redirect:/forecast/settings";
	}

	private static Integer parseInt(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal parseDecimal(String text) {
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
