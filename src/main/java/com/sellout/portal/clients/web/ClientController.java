package com.sellout.portal.clients.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.ClientDecisions;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.clients.ClientRegistration;
import com.sellout.portal.clients.ClientRegistration.Registration;
import com.sellout.portal.clients.ClientRequests;
import com.sellout.portal.clients.ClientStatus;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.Region;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clients in the cabinet: a distributor's own, or all of them for the manufacturer. */
@Controller
@RequestMapping("/clients")
class ClientController {

	private final Clients clients;

	private final ClientRegistration registration;

	private final ClientDecisions decisions;

	private final ClientRequests requests;

	private final Segments segments;

	private final Distributors distributors;

	ClientController(Clients clients, ClientRegistration registration, ClientDecisions decisions,
			ClientRequests requests, Segments segments, Distributors distributors) {
		this.clients = clients;
		this.registration = registration;
		this.decisions = decisions;
		this.requests = requests;
		this.segments = segments;
		this.distributors = distributors;
	}

	@ModelAttribute
	void references(Model model, Locale locale) {
		List<Segment> all = segments.all();
		model.addAttribute("segments", all.stream().filter(Segment::active).toList());
		model.addAttribute("segmentNames", all.stream().collect(Collectors.toMap(Segment::code, s -> s.name(locale))));
		model.addAttribute("regions", Region.all());
		model.addAttribute("statuses", ClientStatus.values());
		List<Distributor> visible = distributors.all();
		model.addAttribute("distributors", visible);
		model.addAttribute("distributorCodes",
				visible.stream().collect(Collectors.toMap(Distributor::id, Distributor::code)));
	}

	@GetMapping
	String list(@ModelAttribute ListParams params, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		var page = clients.find(params.filter(), params.query());
		model.addAttribute("page", page);
		model.addAttribute("params", params);
		model.addAttribute("query", params.query());
		model.addAttribute("assignments", clients.distributorsOf(page.items()));
		return htmx != null ? "clients/list :: table" : "clients/list";
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Client client = clients.get(id);
		model.addAttribute("client", client);
		model.addAttribute("contacts", clients.contacts(id));
		model.addAttribute("history", clients.history(id));
		model.addAttribute("clientDistributors", clients.distributorsOf(id));
		model.addAttribute("requests", requests.find(null, null, id, new ListQuery(null, null, true, 0, 50)).items());
		model.addAttribute("nextStatuses", client.status().next());
		return "clients/card";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", ClientForm.empty());
		return "clients/form";
	}

	@PostMapping
	String register(@ModelAttribute("form") ClientForm form, BindingResult errors, RedirectAttributes flash) {
		if (form == null) {
			// a distributor that is not a number leaves no form, only its error
			return "clients/form";
		}
		try {
			Registration result = registration.register(form);
			if (result instanceof Registration.UnderReview) {
				flash.addFlashAttribute("notice", "client.underReview");
				return "redirect:/clients/requests";
			}
			long clientId = result instanceof Registration.Registered registered ? registered.clientId()
					: ((Registration.AlreadyYours) result).clientId();
			flash.addFlashAttribute("notice",
					result instanceof Registration.Registered ? "client.registered" : "client.alreadyYours");
			return "redirect:/clients/" + clientId;
		}
		catch (InvalidFieldsException invalid) {
			invalid.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.message()));
			return "clients/form";
		}
	}

	@PostMapping("/{id}/register-found")
	String registerFound(@PathVariable long id, RedirectAttributes flash) {
		try {
			registration.registerFound(id);
			flash.addFlashAttribute("notice", "client.foundRegistered");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/status-requests")
	String requestStatus(@PathVariable long id, @RequestParam(required = false) ClientStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			registration.requestStatus(id, status, reason);
			flash.addFlashAttribute("notice", "client.statusRequested");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		return "redirect:/clients/" + id;
	}

	/**
	 * A status set directly: one that takes the client out of work (blocked, archived,
	 * rejected) is asked once more on a page of its own that names the client and what
	 * follows, with the reason to type or check — then set.
	 */
	@PostMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String setStatus(@PathVariable long id, @RequestParam(required = false) ClientStatus status,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes flash) {
		if (status == null) {
			flash.addFlashAttribute("problem", "client.chooseStatus");
			return "redirect:/clients/" + id;
		}
		boolean reasonMissing = confirmed && (reason == null || reason.isBlank());
		if (status.isDestructive() && (!confirmed || reasonMissing)) {
			model.addAttribute("client", clients.get(id));
			model.addAttribute("status", status);
			model.addAttribute("reason", reason == null ? "" : reason);
			model.addAttribute("reasonMissing", reasonMissing);
			return "clients/status-confirm";
		}
		try {
			decisions.setStatus(id, status, reason);
			flash.addFlashAttribute("notice", "client.statusChanged");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/assignments")
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String assign(@PathVariable long id, @RequestParam long distributorId, RedirectAttributes flash) {
		decisions.assign(id, distributorId);
		flash.addFlashAttribute("notice", "client.assigned");
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/assignments/{distributorId}/delete")
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String unassign(@PathVariable long id, @PathVariable long distributorId, RedirectAttributes flash) {
		decisions.unassign(id, distributorId);
		flash.addFlashAttribute("notice", "client.unassigned");
		return "redirect:/clients/" + id;
	}

	/** The list's filters and its page, as request parameters. */
	record ListParams(String q, ClientStatus status, String segment, String region, Long distributor, String sort,
			Boolean desc, Integer page, Integer size) {

		/** Ascending, the first page, unless the address says otherwise. */
		ListParams {
			desc = desc != null && desc;
			page = page == null ? 0 : page;
		}

		ClientFilter filter() {
			return new ClientFilter(status, blank(segment), blank(region), distributor);
		}

		ListQuery query() {
			return new ListQuery(q, sort, desc, page, size == null ? 20 : size);
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value;
		}

	}

}
