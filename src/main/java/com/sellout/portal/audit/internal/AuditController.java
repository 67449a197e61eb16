package com.sellout.portal.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.audit.AuditLog.AuditFilter;
import com.sellout.portal.shared.ListQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditLog auditLog;

	private final AuditRows rows;

	AuditController(AuditLog auditLog, AuditRows rows) {
		this.auditLog = auditLog;
		this.rows = rows;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String address,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Model model) {
		var filter = new AuditFilter(action, actor == null || actor.isBlank() ? null : actor.strip(),
				address == null || address.isBlank() ? null : address.strip(),
				from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), false);
		var events = auditLog.find(filter, new ListQuery(q, null, true, page, ListQuery.sizeOr(size, 50)));
		model.addAttribute("events", events);
		model.addAttribute("rows", rows.of(events.items()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("actions", AuditAction.values());
		return "audit/list";
	}

}
