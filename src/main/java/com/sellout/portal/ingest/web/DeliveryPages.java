package com.sellout.portal.ingest.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.ingest.Deliveries;
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.mail.Quarantine;
import com.sellout.portal.shared.ListQuery;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deliveries log: every FTP and e-mail delivery with what became of each file. A
 * distributor sees its own; the manufacturer sees all, quarantined mail among them, which
 * its administrator releases to an integration account or discards.
 */
@Controller
@RequestMapping("/deliveries")
@PreAuthorize("isAuthenticated()")
class DeliveryPages {

	private static final List<String> CHANNELS = List.of("FTP", "EMAIL");

	private final Deliveries deliveries;

	private final Distributors distributors;

	private final MessageSource messages;

	private final Quarantine quarantine;

	DeliveryPages(Deliveries deliveries, Distributors distributors, MessageSource messages, Quarantine quarantine) {
		this.deliveries = deliveries;
		this.distributors = distributors;
		this.messages = messages;
		this.quarantine = quarantine;
	}

	/**
	 * A delivery as the page shows it, with its reason and each refused file's in the
	 * reader's language.
	 */
	record DeliveryRow(Delivery delivery, String reason, Map<String, String> fileRefusals) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Long distributor, @RequestParam(required = false) String channel,
			@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		Long scope = me.isManufacturer() ? distributor : me.distributorId();
		String channelFilter = channel != null && CHANNELS.contains(channel) ? channel : null;
		var slice = deliveries.find(new Deliveries.Filter(scope, channelFilter, status), new ListQuery(null,
				sort == null ? "received_at" : sort, desc, Math.max(0, page), ListQuery.sizeOr(size, 25)));
		model.addAttribute("page", slice);
		model.addAttribute("rows", slice.items().stream().map(d -> row(d, locale)).toList());
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("distributor", distributor == null ? "" : distributor);
		params.put("channel", channelFilter == null ? "" : channelFilter);
		params.put("status", status == null ? "" : status);
		model.addAttribute("params", params);
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		// quarantine is the manufacturer's administrator's alone: nobody else gets the
		// forms
		boolean handlesQuarantine = me.role() == Role.ADMIN;
		List<Long> shown = slice.items().stream().map(Delivery::id).toList();
		model.addAttribute("discardable", handlesQuarantine ? quarantine.discardable(shown) : Set.of());
		// a quarantined reply to a conversation mail is discarded, never released
		model.addAttribute("releasable", handlesQuarantine ? quarantine.releasable(shown) : Set.of());
		model.addAttribute("releaseAccounts", handlesQuarantine ? releaseAccounts() : List.of());
		return "ingest/deliveries";
	}

	/**
	 * An integration account a quarantined message can be released to, as the form offers
	 * it.
	 */
	record ReleaseAccount(long userId, String label) {
	}

	private List<ReleaseAccount> releaseAccounts() {
		Map<Long, String> codes = new HashMap<>();
		distributors.all().forEach(d -> codes.put(d.id(), d.code()));
		return quarantine.accounts()
			.stream()
			.map(a -> new ReleaseAccount(a.userId(), codes.getOrDefault(a.distributorId(), "?") + " · " + a.login()))
			.sorted(Comparator.comparing(ReleaseAccount::label))
			.toList();
	}

	/**
	 * The manufacturer's administrator gives a quarantined message to an integration
	 * account: it is processed as its delivery.
	 */
	@PostMapping("/{id}/release")
	@PreAuthorize("hasRole('ADMIN')")
	String release(@PathVariable long id, @RequestParam long account, RedirectAttributes flash) {
		quarantine.release(id, account);
		flash.addFlashAttribute("notice", "mail.quarantine.released");
		return "redirect:/deliveries?status=QUARANTINED";
	}

	@PostMapping("/{id}/discard")
	@PreAuthorize("hasRole('ADMIN')")
	String discard(@PathVariable long id, RedirectAttributes flash) {
		quarantine.discard(id);
		flash.addFlashAttribute("notice", "mail.quarantine.discarded");
		return "redirect:/deliveries?status=QUARANTINED";
	}

	private DeliveryRow row(Delivery delivery, Locale locale) {
		Map<String, String> refusals = new LinkedHashMap<>();
		for (Delivery.DeliveredFile file : delivery.files()) {
			Delivery.Refusal refusal = file.refusalMessage();
			if (refusal != null) {
				refusals.put(file.fileName(),
						messages.getMessage(refusal.key(), refusal.arguments(), refusal.key(), locale));
			}
		}
		return new DeliveryRow(delivery, reason(delivery.reason(), locale), refusals);
	}

	/**
	 * Quarantine reasons are message keys; rejection reasons were written in the sender's
	 * language.
	 */
	private String reason(String reason, Locale locale) {
		if (reason == null) {
			return null;
		}
		return reason.matches("[a-z]+(\\.[A-Za-z]+)+") ? messages.getMessage(reason, null, reason, locale) : reason;
	}

}
