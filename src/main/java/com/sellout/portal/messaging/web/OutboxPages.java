package com.sellout.portal.messaging.web;

import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.shared.ListQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's outgoing mail for the manufacturer's administrator: what was sent, what
 * waits, what failed and why.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxPages {

	private final Outbox outbox;

	OutboxPages(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(required = false) Outbox.State state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("page", outbox.find(state, Math.max(0, page), ListQuery.sizeOr(size, 50)));
		model.addAttribute("state", state);
		model.addAttribute("states", Outbox.State.values());
		model.addAttribute("maxAttempts", Outbox.MAX_ATTEMPTS);
		return "messaging/outbox";
	}

}
