package com.sellout.portal.clients.web;

import java.util.List;

import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which clients a distributor's manager may see. */
@Controller
@RequestMapping("/clients/scopes/{userId}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class ManagerScopeController {

	private final ManagerScopes scopes;

	private final UserAccounts users;

	private final Clients clients;

	ManagerScopeController(ManagerScopes scopes, UserAccounts users, Clients clients) {
		this.scopes = scopes;
		this.users = users;
		this.clients = clients;
	}

	@GetMapping
	String show(@PathVariable long userId, @RequestParam(required = false) String q, Model model) {
		UserAccount manager = users.get(userId);
		model.addAttribute("manager", manager);
		model.addAttribute("restriction", scopes.restriction(userId).orElse(null));
		model.addAttribute("candidates", clients.find(new ClientFilter(null, null, null, manager.distributorId()),
				new ListQuery(q, "name", false, 0, ListQuery.MAX_SIZE)));
		model.addAttribute("q", q);
		return "clients/scope";
	}

	@PostMapping
	String restrict(@PathVariable long userId, @RequestParam(name = "clientIds", required = false) List<Long> clientIds,
			RedirectAttributes flash) {
		try {
			scopes.restrict(userId, clientIds == null ? List.of() : clientIds);
			flash.addFlashAttribute("notice", "scope.saved");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		return "redirect:/clients/scopes/" + userId;
	}

	@PostMapping("/lift")
	String lift(@PathVariable long userId, RedirectAttributes flash) {
		scopes.lift(userId);
		flash.addFlashAttribute("notice", "scope.lifted");
		return "redirect:/clients/scopes/" + userId;
	}

}
