package com.sellout.portal.tasks.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.tasks.AgendaItem;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.Task;
import com.sellout.portal.tasks.Tasks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month's calendar: the caller's organisation's open tasks by due day and its planned
 * interactions (the manufacturer's own, internal ones; a distributor's own), day by day —
 * a list of days rather than a grid, so it reads with a keyboard and a screen reader and
 * fits a phone.
 */
@Controller
class AgendaPages {

	private final Tasks tasks;

	private final Interactions interactions;

	AgendaPages(Tasks tasks, Interactions interactions) {
		this.tasks = tasks;
		this.interactions = interactions;
	}

	@GetMapping("/tasks/calendar")
	String calendar(@RequestParam(required = false) @Nullable String month, Model model) {
		YearMonth chosen = DateTexts.month(month).orElse(YearMonth.from(tasks.today()));
		LocalDate from = chosen.atDay(1);
		LocalDate to = chosen.atEndOfMonth();
		List<AgendaItem> items = new ArrayList<>();
		for (Task task : tasks.due(from, to)) {
			items.add(new AgendaItem(task.dueDate(), null, "TASK", task.title(), "/tasks/" + task.id(), false));
		}
		for (Interaction i : interactions.planned(from, to)) {
			items.add(new AgendaItem(i.date(), i.time(), i.kind().name(),
					i.subject() + (i.clientLabel() == null ? "" : " · " + i.clientLabel()), "/interactions/" + i.id(),
					i.internal()));
		}
		Map<LocalDate, List<AgendaItem>> days = new TreeMap<>();
		items.stream()
			.sorted(Comparator.comparing(AgendaItem::day)
				.thenComparing(item -> item.time() == null ? "" : item.time().toString()))
			.forEach(item -> days.computeIfAbsent(item.day(), d -> new ArrayList<>()).add(item));
		model.addAttribute("nav", "tasks-calendar");
		model.addAttribute("month", chosen);
		model.addAttribute("previous", chosen.minusMonths(1));
		model.addAttribute("next", chosen.plusMonths(1));
		model.addAttribute("days", days);
		model.addAttribute("today", tasks.today());
		return "tasks/calendar";
	}

}
