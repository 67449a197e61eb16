package com.sellout.portal.identity.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: one whose query may hold a BI key goes on with the
 * key masked in its query string and parameters, so that nothing after it — Spring
 * Security's and Spring MVC's debug lines, Olingo, error pages, a link built from the
 * request — can write the secret down. Only {@link BiKeyFilter} reads the key, through
 * {@link #keyOf}.
 */
class KeyHidingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (KeyMasking.mayHoldKey(request.getQueryString())) {
			chain.doFilter(new KeyHidingRequest(request), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	/** The key the request's URL carried ({@code ?key=…}), empty when none. */
	static Optional<String> keyOf(ServletRequest request) {
		ServletRequest current = request;
		while (current != null) {
			if (current instanceof KeyHidingRequest hiding) {
				return Optional.ofNullable(hiding.key);
			}
			current = current instanceof ServletRequestWrapper wrapper ? wrapper.getRequest() : null;
		}
		return Optional.empty();
	}

	private static final class KeyHidingRequest extends HttpServletRequestWrapper {

		private static final String KEY = "key";

		private final @Nullable String key;

		KeyHidingRequest(HttpServletRequest request) {
			super(request);
			this.key = request.getParameter(KEY);
		}

		@Override
		public String getQueryString() {
			return KeyMasking.mask(super.getQueryString());
		}

		@Override
		public @Nullable String getParameter(String name) {
			String value = super.getParameter(name);
			return value == null ? null : KeyMasking.mask(KEY.equals(name) ? KeyMasking.MASK : value);
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : masked(name, values);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> masked = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> masked.put(name, masked(name, values)));
			return masked;
		}

		private static String[] masked(String name, String[] values) {
			String[] masked = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				masked[i] = KEY.equals(name) ? KeyMasking.MASK : KeyMasking.mask(values[i]);
			}
			return masked;
		}

	}

}
