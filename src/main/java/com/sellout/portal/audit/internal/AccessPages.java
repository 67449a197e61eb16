package com.sellout.portal.audit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.audit.AuditLog.AuditFilter;
import com.sellout.portal.audit.LoginBlocks;
import com.sellout.portal.shared.ListQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Access an administrator can see: failed logins per account and per address in a period
 * (with whether they are blocked now), and who exported or downloaded what.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccessPages {

	private final AuditLog auditLog;

	private final ObjectProvider<LoginBlocks> blocks;

	private final AuditRows rows;

	AccessPages(AuditLog auditLog, ObjectProvider<LoginBlocks> blocks, AuditRows rows) {
		this.auditLog = auditLog;
		this.blocks = blocks;
		this.rows = rows;
	}

	@GetMapping("/admin/audit/failed-logins")
	String failedLogins(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
		LocalDate first = from == null ? last.minusDays(6) : from;
		OffsetDateTime start = first.atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime end = last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
		LoginBlocks now = blocks.getIfAvailable();
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("perLogin", auditLog.failuresPerLogin(start, end));
		model.addAttribute("perAddress", auditLog.failuresPerAddress(start, end));
		model.addAttribute("blockedLogins", now == null ? Map.of() : now.blockedLogins());
		model.addAttribute("blockedAddresses", now == null ? Map.of() : now.blockedAddresses());
		return "audit/failed-logins";
	}

	@GetMapping("/admin/audit/exports")
	String exports(@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, Model model) {
		var filter = new AuditFilter(null, actor == null || actor.isBlank() ? null : actor.strip(), null,
				from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), true);
		var events = auditLog.find(filter, new ListQuery(null, null, true, page, ListQuery.sizeOr(size, 50)));
		model.addAttribute("events", events);
		model.addAttribute("rows", rows.of(events.items()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/exports";
	}

}
