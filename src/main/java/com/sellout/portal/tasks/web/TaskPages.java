package com.sellout.portal.tasks.web;

import java.util.List;
import java.util.Map;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListParams;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.LinkType;
import com.sellout.portal.tasks.NewTask;
import com.sellout.portal.tasks.Task;
import com.sellout.portal.tasks.TaskFilter;
import com.sellout.portal.tasks.TaskState;
import com.sellout.portal.tasks.Tasks;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Задачи»: the caller's tasks or all of their organisation's (filtered by state, sorted,
 * paged, exported), the form (prefilled from an interaction's next step or an object's
 * page), a task's page with its state, and the home page's card of the caller's open
 * tasks.
 */
@Controller
@RequestMapping("/tasks")
class TaskPages {

	static final int PAGE = 25;

	private final Tasks tasks;

	private final Interactions interactions;

	private final PageTexts texts;

	TaskPages(Tasks tasks, Interactions interactions, PageTexts texts) {
		this.tasks = tasks;
		this.interactions = interactions;
		this.texts = texts;
	}

	/** The list's filters: whose tasks ({@code all} or the caller's) and which state. */
	record TaskListFilter(@Nullable String scope, @Nullable String state) {

		TaskFilter filter() {
			TaskState chosen = TaskParams.taskState(state, "state");
			return new TaskFilter(!"all".equals(scope), chosen, false);
		}

	}

	/** The task form as it posts. */
	record TaskForm(@Nullable String title, @Nullable String description, @Nullable String dueDate,
			@Nullable String linkType, @Nullable Long linkId, @Nullable Long assigneeId, @Nullable Long interactionId) {

		NewTask task() {
			return new NewTask(title, description, dueDate, linkType, linkId, assigneeId, interactionId);
		}

	}

	@GetMapping
	String list(@ModelAttribute TaskListFilter filter, @ModelAttribute ListParams params, Model model) {
		PageSlice<Task> page = tasks.find(filter.filter(), params.query(PAGE));
		model.addAttribute("nav", "tasks");
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("states", TaskState.values());
		model.addAttribute("today", tasks.today());
		return "tasks/list";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable Long fromInteraction,
			@RequestParam(required = false) @Nullable String linkType,
			@RequestParam(required = false) @Nullable Long linkId, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		TaskForm form = new TaskForm(null, null, null, linkType, linkId, me.id(), null);
		if (fromInteraction != null) {
			Interaction interaction = interactions.get(fromInteraction);
			String title = interaction.nextStep() == null ? interaction.subject() : interaction.nextStep();
			form = new TaskForm(title.length() > Tasks.MAX_TITLE ? title.substring(0, Tasks.MAX_TITLE) : title,
					texts.text("tasks.fromInteraction.description", interaction.subject()), null,
					interaction.clientId() == null ? null : LinkType.CLIENT.name(), interaction.clientId(), me.id(),
					interaction.id());
		}
		return form(form, Map.of(), model);
	}

	@PostMapping
	String create(@ModelAttribute TaskForm form, Model model, RedirectAttributes flash) {
		try {
			Task task = tasks.create(form.task());
			flash.addFlashAttribute("notice", "tasks.created");
			return "redirect:/tasks/" + task.id();
		}
		catch (InvalidFieldsException invalid) {
			return form(form, texts.errors(invalid), model);
		}
	}

	@GetMapping("/{id}")
	String task(@PathVariable long id, Model model) {
		Task task = tasks.get(id);
		model.addAttribute("nav", "tasks");
		model.addAttribute("task", task);
		model.addAttribute("states", TaskState.values());
		model.addAttribute("today", tasks.today());
		model.addAttribute("interaction",
				task.interactionId() == null ? null : interactions.find(task.interactionId()).orElse(null));
		return "tasks/task";
	}

	@PostMapping("/{id}/state")
	String state(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			RedirectAttributes flash) {
		tasks.changeState(id, TaskParams.requiredTaskState(state));
		flash.addFlashAttribute("notice", "tasks.stateChanged");
		return "redirect:/tasks/" + id;
	}

	/** The home page's card: the caller's open tasks, the soonest due first. */
	@GetMapping("/cards/home")
	String homeCard(Model model) {
		model.addAttribute("page",
				tasks.find(TaskFilter.myOpen(), new ListParams(null, "due_date", false, 0, 5).query(5)));
		model.addAttribute("today", tasks.today());
		return "tasks/card :: home";
	}

	private String form(TaskForm form, Map<String, String> errors, Model model) {
		model.addAttribute("nav", "tasks");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("assignees", tasks.assignees());
		List<LinkType> types = tasks.linkTypes();
		model.addAttribute("linkTypes", types);
		model.addAttribute("interaction",
				form.interactionId() == null ? null : interactions.find(form.interactionId()).orElse(null));
		return "tasks/form";
	}

}
