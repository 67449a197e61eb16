package com.sellout.portal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns what the pages' own controls send into the parameters the controllers bind, in
 * one place: the pager's page jump sends {@code pageNo} counted from 1 (as people count
 * pages), the controllers read {@code page} counted from 0; a month chosen with two
 * selects sends {@code <name>.month} and {@code <name>.year}, the controllers read
 * {@code <name>} as {@code YYYY-MM} (empty when both are empty, left unreadable when only
 * one is chosen, so that the page refuses it as it refuses any unreadable month). Other
 * requests pass untouched, and so does the API. Runs inside {@link OddFileNameFilter},
 * before security reads the parameters.
 */
@Component
@Order(-150)
class ListRequestFilter extends OncePerRequestFilter {

	static final String PAGE_NUMBER = "pageNo";

	static final String MONTH = ".month";

	static final String YEAR = ".year";

	private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// the API takes what it documents; its uploads are read by their endpoints
			chain.doFilter(request, response);
			return;
		}
		Map<String, String[]> original = request.getParameterMap();
		boolean touched = original.containsKey(PAGE_NUMBER)
				|| original.keySet().stream().anyMatch(name -> name.endsWith(MONTH) || name.endsWith(YEAR));
		chain.doFilter(touched ? new Rewritten(request, rewrite(original)) : request, response);
	}

	static Map<String, String[]> rewrite(Map<String, String[]> original) {
		Map<String, String[]> params = new LinkedHashMap<>();
		original.forEach((name, values) -> {
			if (name.equals(PAGE_NUMBER)) {
				String number = values.length == 0 ? "" : values[0].strip();
				int page = DIGITS.matcher(number).matches() ? Math.max(0, Integer.parseInt(number) - 1) : 0;
				params.put("page", new String[] { Integer.toString(page) });
			}
			else if (name.endsWith(MONTH) || name.endsWith(YEAR)) {
				String field = name.substring(0, name.lastIndexOf('.'));
				params.put(field,
						new String[] { month(first(original.get(field + YEAR)), first(original.get(field + MONTH))) });
			}
			else if (!params.containsKey(name)) {
				params.put(name, values);
			}
		});
		if (original.containsKey(PAGE_NUMBER)) {
			// the jump's number wins over a page the address still carries
			String[] page = params.remove("page");
			params.put("page", page);
		}
		return Collections.unmodifiableMap(params);
	}

	private static String month(String year, String month) {
		if (year.isEmpty() && month.isEmpty()) {
			return "";
		}
		if (year.isEmpty() || month.isEmpty()) {
			return year + "-" + month + "?";
		}
		return year + "-" + (month.length() == 1 ? "0" + month : month);
	}

	private static String first(String[] values) {
		return values == null || values.length == 0 ? "" : values[0].strip();
	}

	private static final class Rewritten extends HttpServletRequestWrapper {

		private final Map<String, String[]> params;

		Rewritten(HttpServletRequest request, Map<String, String[]> params) {
			super(request);
			this.params = params;
		}

		@Override
		public String getParameter(String name) {
			String[] values = params.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return params;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(params.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return params.get(name);
		}

	}

}
