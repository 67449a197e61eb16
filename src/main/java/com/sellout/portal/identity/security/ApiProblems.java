package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.database.DatabaseTrouble;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security refusals of the API as RFC 9457 problem JSON, never a login page or a stack
 * trace.
 */
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// the user's record could not be read: not a wrong password but the portal's 503
		DatabaseTrouble.rethrowIfCauseOf(ex);
		if (ex instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins; try again in " + throttled.minutesToWait() + " min.", request);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Sell-out Portal\"");
		if (ex instanceof TokenRequiredException required) {
			write(response, HttpStatus.UNAUTHORIZED, required.setUpFirst()
					? "Your role requires a second factor and the grace period is over: log in to the portal, set it "
							+ "up, then give a personal API token (issued on the profile page) instead of the password."
					: "This account has a second factor: give a personal API token "
							+ "(issued on the profile page) instead of the password.",
					request);
			return;
		}
		if (ex instanceof TemporaryPasswordCheck.TemporaryPasswordException temporary) {
			write(response, HttpStatus.UNAUTHORIZED, temporary.overBasic()
					? "This password is temporary: log in to the portal, choose your own, then use it or a personal "
							+ "API token."
					: "The temporary password has expired: ask your administrator for a new one, or use "
							+ "\"Forgot password\" on the login page.",
					request);
			return;
		}
		write(response, HttpStatus.UNAUTHORIZED,
				"Authentication is required: HTTP Basic with a valid login and password.", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, ex instanceof ReadOnlyTokenFilter.ReadOnlyTokenRefused ? ex.getMessage()
				: "Your role does not allow this request.", request);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail,
			HttpServletRequest request) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
					+ request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
