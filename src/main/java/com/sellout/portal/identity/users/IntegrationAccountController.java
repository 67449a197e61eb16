package com.sellout.portal.identity.users;

import java.util.List;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.SensitiveAction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An integration account's channels on the employee's card: its API tokens, its e-mail
 * intake addresses and senders, and whether its files wait for a whole delivery. The card
 * itself is {@link EmployeeController}'s (its integration part is
 * {@link IntegrationCard}'s); this takes the card's forms, each answering with the card
 * again. Whatever issues a secret or changes how the distributor's systems deliver is a
 * {@link SensitiveAction}; revoking a token is not (it only takes access away, and must
 * be quick when a token leaked).
 */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class IntegrationAccountController {

	private final IntegrationAccounts integrations;

	IntegrationAccountController(IntegrationAccounts integrations) {
		this.integrations = integrations;
	}

	@PostMapping("/mail-intake")
	@SensitiveAction
	String mailIntake(@PathVariable long id, @RequestParam(required = false) String intakeTag,
			@RequestParam(required = false) String senders, RedirectAttributes flash) {
		try {
			integrations.setMailIdentity(id, intakeTag,
					senders == null ? List.of() : List.of(senders.split("[,;\\s]+")));
			flash.addFlashAttribute("notice", "mail.intake.saved");
		}
		catch (UserRuleViolation violation) {
			flash.addFlashAttribute("problem", violation.messageKey());
		}
		return card(id);
	}

	/** A new secret intake address: the old one stops working at once. */
	@PostMapping("/mail-intake/regenerate")
	@SensitiveAction
	String regenerateIntakeAddress(@PathVariable long id, RedirectAttributes flash) {
		integrations.regenerateIntakeToken(id);
		flash.addFlashAttribute("notice", "mail.intake.regenerated");
		return card(id);
	}

	@PostMapping("/tokens")
	@SensitiveAction
	String createToken(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes flash) {
		flash.addFlashAttribute("newToken", integrations.createToken(id, name));
		flash.addFlashAttribute("notice", "token.created");
		return card(id);
	}

	@PostMapping("/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes flash) {
		integrations.revokeToken(id, tokenId);
		flash.addFlashAttribute("notice", "token.revokedNotice");
		return card(id);
	}

	@PostMapping("/delivery-mode")
	@SensitiveAction
	String deliveryMode(@PathVariable long id, @RequestParam IntegrationAccounts.DeliveryMode mode,
			RedirectAttributes flash) {
		integrations.setDeliveryMode(id, mode);
		flash.addFlashAttribute("notice", "user.saved");
		return card(id);
	}

	private static String card(long id) {
		return "redirect:/admin/users/" + id;
	}

}
