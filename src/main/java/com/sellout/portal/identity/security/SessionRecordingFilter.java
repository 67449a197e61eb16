package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.sessions.SessionRecording;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records a person's web session on its first authenticated request and checks it on
 * every later one (after {@link RevokedSessionFilter}, so a revoked person is gone
 * already): a session its person or an administrator ended, on any node, or one past the
 * absolute lifetime is invalidated and the request goes on anonymous — a page then asks
 * for the login again ({@code /login?ended}).
 */
class SessionRecordingFilter extends OncePerRequestFilter {

	private final SessionRecording recording;

	SessionRecordingFilter(SessionRecording recording) {
		this.recording = recording;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CurrentUser user = CurrentUser.get().orElse(null);
		HttpSession session = user == null || user.role() == Role.INTEGRATION ? null : request.getSession(false);
		if (user != null && session != null && !recording.mayGoOn(user, session, request.getRemoteAddr(),
				request.getHeader(HttpHeaders.USER_AGENT))) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			request.setAttribute(EndedSessionEntryPoint.ENDED_NOW, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

}
