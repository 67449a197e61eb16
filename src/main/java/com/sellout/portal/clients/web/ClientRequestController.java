package com.sellout.portal.clients.web;

import java.util.List;
import java.util.stream.Collectors;

import com.sellout.portal.clients.ClientDecisions;
import com.sellout.portal.clients.ClientRequest;
import com.sellout.portal.clients.ClientRequests;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manufacturer's queue of requests (decided one by one or in bulk); a distributor's
 * own requests.
 */
@Controller
@RequestMapping("/clients/requests")
class ClientRequestController {

	private final ClientRequests requests;

	private final ClientDecisions decisions;

	private final Distributors distributors;

	ClientRequestController(ClientRequests requests, ClientDecisions decisions, Distributors distributors) {
		this.requests = requests;
		this.decisions = decisions;
		this.distributors = distributors;
	}

	@GetMapping
	String list(@RequestParam(required = false) ClientRequest.Kind kind,
			@RequestParam(required = false) ClientRequest.State state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("chosen", List.of());
		model.addAttribute("page",
				requests.find(kind, state, null, new ListQuery(null, null, true, page, ListQuery.sizeOr(size, 50))));
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("kinds", ClientRequest.Kind.values());
		model.addAttribute("states", ClientRequest.State.values());
		model.addAttribute("distributorCodes",
				distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code)));
		return "clients/requests";
	}

	@PostMapping("/decide")
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String decide(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String decision,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes flash) {
		if (ids == null || ids.isEmpty()) {
			flash.addFlashAttribute("problem", "requests.noneChosen");
			return "redirect:/clients/requests?state=PENDING";
		}
		if (!"approve".equals(decision) && (comment == null || comment.isBlank())) {
			// refused before any is decided: the queue again, the same requests ticked
			list(null, ClientRequest.State.PENDING, 0, null, model);
			model.addAttribute("chosen", ids);
			model.addAttribute("commentMissing", true);
			model.addAttribute("problem", "requests.commentRequired");
			return "clients/requests";
		}
		int failed = 0;
		for (Long id : ids) {
			try {
				decisions.decide(id, "approve".equals(decision),
						comment == null || comment.isBlank() ? null : comment.strip());
			}
			catch (IllegalStateException | InvalidFieldsException notPossible) {
				failed++;
			}
		}
		flash.addFlashAttribute("notice", failed == 0 ? "requests.decided" : "requests.partlyDecided");
		return "redirect:/clients/requests?state=PENDING";
	}

}
