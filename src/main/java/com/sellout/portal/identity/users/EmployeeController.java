package com.sellout.portal.identity.users;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.PasswordLinks;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserAccounts.UserFilter;
import com.sellout.portal.identity.UserForm;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.identity.factor.SecondFactors;
import com.sellout.portal.shared.ListParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

/**
 * Employees: the manufacturer's admin manages everyone, a distributor's admin its own
 * people. An integration account's channels are {@link IntegrationCard}'s and
 * {@link IntegrationAccountController}'s.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class EmployeeController {

	private final UserAccounts users;

	private final Distributors distributors;

	/** What an integration account's card shows of its channels. */
	private final IntegrationCard integration;

	private final PasswordLinks passwordLinks;

	private final AccessRevocation access;

	private final SecondFactors secondFactors;

	private final Reauthentication reauthentication;

	private final TemporaryPasswords temporaries;

	EmployeeController(UserAccounts users, Distributors distributors, IntegrationCard integration,
			PasswordLinks passwordLinks, AccessRevocation access, SecondFactors secondFactors,
			Reauthentication reauthentication, TemporaryPasswords temporaries) {
		this.temporaries = temporaries;
		this.secondFactors = secondFactors;
		this.access = access;
		this.reauthentication = reauthentication;
		this.passwordLinks = passwordLinks;
		this.users = users;
		this.distributors = distributors;
		this.integration = integration;
	}

	@ModelAttribute("roles")
	List<Role> roles(@AuthenticationPrincipal CurrentUser me) {
		return Arrays.stream(Role.values()).filter(role -> me.isManufacturer() || !role.isManufacturer()).toList();
	}

	@ModelAttribute("distributors")
	List<Distributor> distributors() {
		return distributors.all();
	}

	@ModelAttribute("distributorCodes")
	Map<Long, String> distributorCodes() {
		return distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code));
	}

	@GetMapping
	String list(ListParams list, @RequestParam(required = false) Long distributor,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var query = list.query(20);
		model.addAttribute("page", users.find(new UserFilter(distributor, role, active), query));
		model.addAttribute("query", query);
		model.addAttribute("filter", new UserFilter(distributor, role, active));
		return htmx != null ? "identity/users :: table" : "identity/users";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long distributor, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		// the defaults agree: a distributor's role with a distributor, or — when the
		// manufacturer names none — the manufacturer's least role with none
		Role role = me.isManufacturer() && distributor == null ? Role.ANALYST : Role.DISTRIBUTOR_MANAGER;
		model.addAttribute("form", UserForm.of(role, distributor));
		return "identity/user-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, HttpServletRequest request,
			RedirectAttributes flash) {
		reportAll(form, null, errors);
		if (errors.hasErrors()) {
			return "identity/user-form";
		}
		requireForManufacturerStaff(request, form.role());
		try {
			UserAccounts.Created created = users.create(form);
			flash.addFlashAttribute("notice", "user.created");
			boolean invite = created.generatedPassword() != null && created.user().email() != null
					&& !created.user().email().isBlank() && created.user().role() != Role.INTEGRATION;
			if (invite) {
				// the person chooses their own password from the invitation; nobody else
				// sees it
				flash.addFlashAttribute("invitedTo", passwordLinks.invite(created.user().id()));
			}
			else {
				flash.addFlashAttribute("generatedPassword", created.generatedPassword());
			}
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (UserRuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey());
			return "identity/user-form";
		}
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, Model model) {
		UserAccount user = users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("distributor", user.distributorId() == null ? null : distributors.get(user.distributorId()));
		model.addAttribute("secondFactor", secondFactors.status(id));
		model.addAttribute("temporaryUntil",
				temporaries.until(id).map(until -> OffsetDateTime.ofInstant(until, ZoneOffset.UTC)).orElse(null));
		model.addAttribute("temporaryDays", temporaries.validity().toDays());
		if (user.role() == Role.INTEGRATION) {
			integration.describe(id, model);
		}
		return "identity/user-card";
	}

	@PostMapping("/{id}/invite")
	String invite(@PathVariable long id, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("invitedTo", passwordLinks.invite(id));
		}
		catch (UserRuleViolation violation) {
			flash.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		UserAccount user = users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		return "identity/user-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes flash) {
		UserAccount user = users.get(id);
		reportAll(form, id, errors);
		if (!errors.hasErrors()) {
			requireForManufacturerStaff(request, user.role(), form.role());
			try {
				users.update(id, form);
				flash.addFlashAttribute("notice", "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (UserRuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		model.addAttribute("user", user);
		return "identity/user-form";
	}

	/**
	 * Adds to the form's own errors every rule it breaks, so that one answer lists them
	 * all; a field already refused keeps its first reason.
	 */
	private void reportAll(UserForm form, Long id, BindingResult errors) {
		for (UserRuleViolation problem : users.problems(form, id)) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes flash) {
		return changeActive(id, false, flash);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes flash) {
		return changeActive(id, true, flash);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes flash) {
		requireForManufacturerStaff(request, users.get(id).role());
		flash.addFlashAttribute("generatedPassword", users.resetPassword(id));
		if (me.id() == id) {
			// an administrator resetting their own password goes on in this session (it
			// holds the new one to show)
			KeptSession.store(access.keptFor(me), request, response);
		}
		flash.addFlashAttribute("notice", "user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * Creating, changing or giving a new password to an administrator or analyst — a
	 * person who sees every distributor — asks for the actor's password again; the
	 * distributors' own people do not.
	 */
	private void requireForManufacturerStaff(HttpServletRequest request, Role... roles) {
		for (Role role : roles) {
			if (role == Role.ADMIN || role == Role.ANALYST) {
				reauthentication.require(request);
				return;
			}
		}
	}

	private String changeActive(long id, boolean active, RedirectAttributes flash) {
		try {
			users.setActive(id, active);
			flash.addFlashAttribute("notice", active ? "user.activated" : "user.deactivated");
		}
		catch (UserRuleViolation violation) {
			flash.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

}
