package com.sellout.portal.identity.security;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.ReauthenticationRequired;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Takes the proof a person sends for a sensitive action — the page form's
 * {@code reauthSecret} field, the API's {@code X-Reauthenticate} header — throttled and
 * audited like a login, before the handler runs. A wrong one is refused at once
 * ({@link ReauthenticationRequired}, the confirmation page again or a 403 problem in
 * {@link ReauthenticationAdvice}). The annotation itself is enforced by
 * {@link SensitiveActionConfiguration}'s advisor — after the method's own
 * {@code @PreAuthorize}, so that a person who may not act at all is refused (403), never
 * asked for their password first.
 */
class SensitiveActionInterceptor implements HandlerInterceptor {

	private final Reauthentication reauthentication;

	private final List<IdentityProof> proofs;

	private final ProofAttempts attempts;

	private final AuditLog auditLog;

	SensitiveActionInterceptor(Reauthentication reauthentication, List<IdentityProof> proofs, ProofAttempts attempts,
			AuditLog auditLog) {
		this.reauthentication = reauthentication;
		this.proofs = proofs;
		this.attempts = attempts;
		this.auditLog = auditLog;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return true;
		}
		String secret = request.getRequestURI().startsWith("/api/") ? request.getHeader(Reauthentication.SECRET_HEADER)
				: "POST".equals(request.getMethod()) ? request.getParameter(Reauthentication.SECRET_PARAMETER) : null;
		if (secret != null) {
			confirm(user, secret.strip(), request);
		}
		return true;
	}

	private void confirm(CurrentUser user, String secret, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		Optional<Long> blocked = attempts.minutesBlocked(user, address, "re-authentication");
		if (blocked.isPresent()) {
			throw ReauthenticationRequired.throttled(blocked.get());
		}
		if (proofs.stream().anyMatch(proof -> proof.accepts(user, secret))) {
			attempts.succeeded(user);
			if (request.getSession(false) != null) {
				request.changeSessionId(); // a new id after the password again, as after
											// the login
			}
			reauthentication.markNow(request);
			auditLog.recordFrom(address, AuditAction.REAUTHENTICATED, user.login(), "user", user.id(),
					user.distributorId(), actionOf(request));
			return;
		}
		attempts.failed(user, address, AuditAction.REAUTHENTICATION_FAILED, actionOf(request));
		throw new ReauthenticationRequired(true);
	}

	/**
	 * What the proof was for: the form's address, or for the confirmation page of a link
	 * the link itself ({@code GET /clients/export.xlsx}), not {@code POST /reauth}.
	 */
	private static String actionOf(HttpServletRequest request) {
		String link = request.getRequestURI().equals("/reauth") ? request.getParameter("continue") : null;
		return link != null ? "GET " + ReauthenticationController.local(link)
				: request.getMethod() + " " + request.getRequestURI();
	}

}
