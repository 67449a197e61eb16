package com.sellout.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.database.DatabaseTrouble;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The outermost filter: a request that fails because the database is unavailable — in a
 * controller, in a security or session filter alike — is answered 503 with
 * {@code Retry-After}: problem JSON for the API (and machines), the portal's 503 page for
 * people, a {@code failure} line for the 1C exchange. It needs nothing from the database
 * itself, not even the session.
 */
class DatabaseUnavailableFilter implements Filter {

	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	private final ObjectProvider<ViewResolver> views;

	private final ObjectProvider<LocaleResolver> locales;

	DatabaseUnavailableFilter(MessageSource messages, ObjectProvider<ViewResolver> views,
			ObjectProvider<LocaleResolver> locales) {
		this.messages = messages;
		this.views = views;
		this.locales = locales;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseTrouble.in(failure).isPresent() && !response.isCommitted()) {
			// the error page of a database failure would wait for the database again:
			// answer now
			unavailable(request, response, DatabaseTrouble.in(failure).get());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			Throwable trouble = DatabaseTrouble.in(ex).orElse(null);
			if (trouble == null || response.isCommitted()) {
				throw ex;
			}
			unavailable(request, response, trouble);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable trouble)
			throws IOException {
		log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), uriOf(request),
				trouble.toString());
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		// reset() dropped the security headers: the page loads nothing but the portal's
		// stylesheet
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; object-src 'none'");
		answer(request, response);
	}

	/** The address asked for, also while the container dispatches to its error page. */
	private static String uriOf(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
				: request.getRequestURI();
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String uri = uriOf(request);
		if (uri.startsWith("/1c_exchange")) {
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("failure\n" + text(RUSSIAN, "error.unavailable.text") + "\n");
		}
		else if (uri.startsWith("/actuator/health")) {
			// the session (in the database) failed before the endpoint could answer: say
			// what it would
			response.setContentType("application/vnd.spring-boot.actuator.v3+json");
			response.getWriter().write("{\"status\":\"DOWN\"}");
		}
		else if (uri.startsWith("/api/") || uri.startsWith("/actuator/") || !acceptsHtml(request)) {
			Locale locale = localeOf(request);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503," + "\"detail\":\""
						+ json(text(locale, "error.unavailable.text")) + "\",\"instance\":\"" + json(uri)
						+ "\",\"retryAfter\":" + RETRY_AFTER_SECONDS + "}");
		}
		else {
			page(request, response, localeOf(request));
		}
	}

	/**
	 * The portal's error page for 503, in the request's language; a plain one if even
	 * that fails.
	 */
	private void page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		ViewResolver resolver = views.getIfAvailable();
		try {
			View view = resolver == null ? null : resolver.resolveViewName("error/503", locale);
			if (view != null) {
				// the page's language is decided: nothing may ask the (database-backed)
				// session again
				request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
				view.render(Map.of("status", 503), request, response);
				return;
			}
		}
		catch (Exception ex) {
			log.warn("The 503 page could not be rendered: {}", ex.toString());
			if (response.isCommitted()) {
				return;
			}
			response.resetBuffer();
		}
		response.getOutputStream()
			.write(("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
					+ text(locale, "error.unavailable.title") + "</title></head><body><h1>"
					+ text(locale, "error.unavailable.title") + "</h1><p>" + text(locale, "error.unavailable.text")
					+ "</p></body></html>")
				.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@code ?lang=} first, then the portal's own choice (which may need the session),
	 * then Russian.
	 */
	private Locale localeOf(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if ("en".equals(lang) || "ru".equals(lang)) {
			return Locale.forLanguageTag(lang);
		}
		try {
			LocaleResolver resolver = locales.getIfAvailable();
			return resolver == null ? RUSSIAN : resolver.resolveLocale(request);
		}
		catch (RuntimeException sessionUnreadable) {
			return request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : RUSSIAN;
		}
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("text/html") || accept.contains("*/*");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
