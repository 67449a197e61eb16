package com.sellout.portal.odata.feed;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code OData-Version: 4.0} on every answer under {@code /odata}, the security chain's
 * 401 and 403 too: set before anything else runs, so that no error path can miss it.
 */
class ODataVersionFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(VERSION, "4.0");
		chain.doFilter(request, new OneVersionHeader(response));
	}

	private static final String VERSION = "OData-Version";

	/** Olingo adds the header again: the answer keeps one (strict clients refuse two). */
	private static final class OneVersionHeader extends HttpServletResponseWrapper {

		OneVersionHeader(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			if (VERSION.equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
