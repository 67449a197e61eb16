package com.sellout.portal.identity.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.ReauthenticationRequired;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A sensitive action without a recent proof: the API answers 403
 * {@code reauthentication-required}; a page opened by a link goes to the confirmation
 * page and comes back; a form is answered with the confirmation form, which carries what
 * the person submitted and sends it again, with the password or code, to the same
 * address.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class ReauthenticationAdvice {

	static final URI PROBLEM_TYPE = URI.create("urn:sellout-portal:problem:reauthentication-required");

	private final MessageSource messages;

	ReauthenticationAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReauthenticationRequired.class)
	Object required(ReauthenticationRequired ex, HttpServletRequest request, HttpServletResponse response) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages
				.getMessage(ex.messageKey(), new Object[] { ex.minutesToWait() }, LocaleContextHolder.getLocale()));
			problem.setType(PROBLEM_TYPE);
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		String target = request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		String back = ReauthenticationController
			.local(request.getParameter("back") != null ? request.getParameter("back") : referer(request));
		if (!"POST".equals(request.getMethod())) {
			// a link (an export): confirmed on its own page, then on to it, and back from
			// there
			return new ModelAndView("redirect:/reauth?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
					+ "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals(Reauthentication.SECRET_PARAMETER)) {
				for (String value : values) {
					fields.add(Map.entry(name, value));
				}
			}
		});
		response.setStatus(ex.failed() ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.OK.value());
		ModelAndView page = new ModelAndView("identity/reauthenticate");
		page.addObject("action", target);
		page.addObject("fields", fields);
		page.addObject("failed", ex.failed());
		page.addObject("failedKey", ex.messageKey());
		page.addObject("failedArg", ex.minutesToWait());
		page.addObject("back", back);
		// an exception's page gets none of the advice's model: the layout needs the
		// person
		page.addObject("me", CurrentUser.get().orElse(null));
		return page;
	}

	/** The page the person came from, as a path of this portal (else nothing). */
	private static String referer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		String own = request.getScheme() + "://" + request.getHeader("Host");
		return referer.startsWith(own + "/") ? referer.substring(own.length()) : "/";
	}

}
