package com.sellout.portal.tasks.web;

import java.util.List;
import java.util.Map;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListParams;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.InteractionFilter;
import com.sellout.portal.tasks.InteractionKind;
import com.sellout.portal.tasks.InteractionState;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.NewInteraction;
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
 * «Взаимодействия»: the list (by distributor for the manufacturer, kind and state;
 * sorted, paged, exported), the form, an interaction's page where a planned one is
 * recorded as done and its next step becomes a task with one click.
 */
@Controller
@RequestMapping("/interactions")
class InteractionPages {

	static final int PAGE = 25;

	private static final int CLIENT_CHOICES = 200;

	private final Interactions interactions;

	private final Clients clients;

	private final Distributors distributors;

	private final TaskParams params;

	private final PageTexts texts;

	InteractionPages(Interactions interactions, Clients clients, Distributors distributors, TaskParams params,
			PageTexts texts) {
		this.interactions = interactions;
		this.clients = clients;
		this.distributors = distributors;
		this.params = params;
		this.texts = texts;
	}

	record InteractionListFilter(@Nullable Long distributor, @Nullable String kind, @Nullable String state) {

		InteractionFilter filter(TaskParams params, CurrentUser me) {
			return new InteractionFilter(me.isManufacturer() ? distributor : null, TaskParams.kind(kind),
					TaskParams.interactionState(state));
		}

	}

	record InteractionForm(@Nullable String kind, @Nullable String state, @Nullable String date, @Nullable String time,
			@Nullable Long distributorId, @Nullable Long clientId, @Nullable String participants,
			@Nullable String subject, @Nullable String result, @Nullable String nextStep) {

		NewInteraction interaction() {
			return new NewInteraction(kind, state, date, time, distributorId, clientId, participants, subject, result,
					nextStep);
		}

	}

	@GetMapping
	String list(@ModelAttribute InteractionListFilter filter, @ModelAttribute ListParams list,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		PageSlice<Interaction> page = interactions.find(filter.filter(params, me), list.query(PAGE));
		model.addAttribute("nav", "interactions");
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", InteractionKind.values());
		model.addAttribute("states", InteractionState.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		model.addAttribute("codes", params.codes());
		return "tasks/interactions";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable Long clientId,
			@RequestParam(required = false) @Nullable Long distributorId, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		return form(new InteractionForm(InteractionKind.CALL.name(), InteractionState.PLANNED.name(), null, null,
				distributorId, clientId, null, null, null, null), Map.of(), me, model);
	}

	@PostMapping
	String create(@ModelAttribute InteractionForm form, @AuthenticationPrincipal CurrentUser me, Model model,
			RedirectAttributes flash) {
		try {
			Interaction created = interactions.create(form.interaction());
			flash.addFlashAttribute("notice", "interactions.created");
			return "redirect:/interactions/" + created.id();
		}
		catch (InvalidFieldsException invalid) {
			return form(form, texts.errors(invalid), me, model);
		}
	}

	@GetMapping("/{id}")
	String interaction(@PathVariable long id, Model model, @AuthenticationPrincipal CurrentUser me) {
		return page(interactions.get(id), Map.of(), me, model);
	}

	@PostMapping("/{id}/record")
	String record(@PathVariable long id, @RequestParam(required = false) @Nullable String result,
			@RequestParam(required = false) @Nullable String nextStep, @AuthenticationPrincipal CurrentUser me,
			Model model, RedirectAttributes flash) {
		try {
			interactions.record(id, InteractionState.DONE, result, nextStep);
			flash.addFlashAttribute("notice", "interactions.recorded");
			return "redirect:/interactions/" + id;
		}
		catch (InvalidFieldsException invalid) {
			return page(interactions.get(id), texts.errors(invalid), me, model);
		}
	}

	private String page(Interaction interaction, Map<String, String> errors, CurrentUser me, Model model) {
		model.addAttribute("nav", "interactions");
		model.addAttribute("interaction", interaction);
		model.addAttribute("errors", errors);
		model.addAttribute("distributorCode", params.codes().getOrDefault(interaction.distributorId(), ""));
		model.addAttribute("ownSide", interaction.internal() == me.isManufacturer());
		return "tasks/interaction";
	}

	private String form(InteractionForm form, Map<String, String> errors, CurrentUser me, Model model) {
		model.addAttribute("nav", "interactions");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", InteractionKind.values());
		model.addAttribute("states", InteractionState.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		List<Client> choices = me.isManufacturer() ? List.of()
				: clients.find(ClientFilter.none(), new ListQuery(null, "name", false, 0, CLIENT_CHOICES)).items();
		if (me.isManufacturer() && form.clientId() != null) {
			choices = clients.find(form.clientId()).map(List::of).orElse(List.of());
		}
		model.addAttribute("clients", choices);
		return "tasks/interaction-form";
	}

}
