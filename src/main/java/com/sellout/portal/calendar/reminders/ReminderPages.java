package com.sellout.portal.calendar.reminders;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Напоминания»: every reminder sent in the reader's scope (a distributor's people their
 * distributor's, without the manufacturer's escalations; the manufacturer all), the
 * reader's own unread ones marked as they open it; and each person's choice of what they
 * get.
 */
@Controller
@RequestMapping("/calendar/reminders")
class ReminderPages {

	static final int PAGE_SIZE = 50;

	private final ReminderLog reminders;

	private final ReminderChoices choices;

	private final Distributors distributors;

	ReminderPages(ReminderLog reminders, ReminderChoices choices, Distributors distributors) {
		this.reminders = reminders;
		this.choices = choices;
		this.distributors = distributors;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Model model) {
		PageSlice<ReminderLog.SentReminder> shown = reminders.list(me.isManufacturer(), Math.max(0, page),
				ListQuery.sizeOr(size, PAGE_SIZE));
		Map<Long, Distributor> byId = distributors.all()
			.stream()
			.collect(Collectors.toMap(Distributor::id, Function.identity()));
		// read once they are on the screen: this page still marks them new
		reminders.markRead(me.id());
		model.addAttribute("nav", "reminders");
		model.addAttribute("page", shown);
		model.addAttribute("distributors", byId);
		return "calendar/reminders";
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("nav", "reminders");
		model.addAttribute("choice", choices.of(me.id()));
		return "calendar/reminders-settings";
	}

	@PostMapping("/settings")
	String save(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "false") boolean reminders,
			@RequestParam(defaultValue = "false") boolean byEmail,
			@RequestParam(defaultValue = "false") boolean escalations, RedirectAttributes flash) {
		ReminderChoice before = choices.of(me.id());
		// what a person's role does not get keeps its stored value
		ReminderChoice choice = me.isManufacturer() ? new ReminderChoice(before.reminders(), byEmail, escalations)
				: new ReminderChoice(reminders, byEmail, before.escalations());
		choices.save(me.id(), me.distributorId(), choice);
		flash.addFlashAttribute("notice", "calendar.reminders.settings.saved");
		return "redirect:/calendar/reminders/settings";
	}

}
