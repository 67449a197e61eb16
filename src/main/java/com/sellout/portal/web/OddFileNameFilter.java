package com.sellout.portal.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.shared.FileNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A multipart file name with a NUL byte makes Tomcat refuse the whole request while it
 * reads the parameters — in the CSRF filter for a page, before any controller — which
 * would end as a 500. Such a request is answered here with 400 and the reason: problem
 * JSON for the API, the upload page's row for the file otherwise. Runs inside the session
 * filter, outside security.
 */
@Component
@Order(-200)
class OddFileNameFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ITemplateEngine templates;

	OddFileNameFilter(MessageSource messages, LocaleResolver locales, ITemplateEngine templates) {
		this.messages = messages;
		this.locales = locales;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			InvalidFileNameException invalid = invalidName(ex);
			if (invalid == null || response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, invalid.getName());
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String fileName) throws IOException {
		Locale locale = locale(request);
		FileNames.Refusal refusal = FileNames.refusal(fileName)
			.orElse(new FileNames.Refusal("sellout.fileName.nul", null));
		String reason = messages.getMessage(refusal.key(), refusal.arguments(), locale);
		response.resetBuffer();
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		Context context = new Context(locale, Map.of("fileName", FileNames.shown(fileName), "reason", reason));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write(templates.process("sellout/upload", Set.of("refused"), context));
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return locales.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return Locale.forLanguageTag("ru");
		}
	}

	private static InvalidFileNameException invalidName(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof InvalidFileNameException invalid) {
				return invalid;
			}
		}
		return null;
	}

}
