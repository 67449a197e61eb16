package com.sellout.portal.identity.security;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
class LogoutAudit implements LogoutHandler {

	private final AuditLog auditLog;

	LogoutAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			auditLog.record(AuditAction.LOGOUT, user.login(), "user", user.id(), user.distributorId(), null);
		}
	}

}
