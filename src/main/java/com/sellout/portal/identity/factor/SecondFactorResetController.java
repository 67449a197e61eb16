package com.sellout.portal.identity.factor;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.SensitiveAction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator resets the second factor of someone they manage (a lost phone): the
 * person sets it up again at their next login. Never their own — that takes a recovery
 * code at login, or the operator's one-time reset.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class SecondFactorResetController {

	private final UserAccounts users;

	private final SecondFactors factors;

	SecondFactorResetController(UserAccounts users, SecondFactors factors) {
		this.users = users;
		this.factors = factors;
	}

	@PostMapping("/admin/users/{id}/second-factor/reset")
	@SensitiveAction
	String reset(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes flash) {
		UserAccount user = users.get(id); // 404 for someone the administrator does not
											// see
		if (user.id() == me.id()) {
			flash.addFlashAttribute("problem", "secondFactor.reset.own");
		}
		else {
			factors.reset(user.id(), user.login(), user.distributorId(), "reset by " + me.login());
			flash.addFlashAttribute("notice", "secondFactor.reset.done");
		}
		return "redirect:/admin/users/" + id;
	}

}
