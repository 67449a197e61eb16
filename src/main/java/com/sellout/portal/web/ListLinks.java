package com.sellout.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of list pages that keep the current filters: sort by a column (again: the other
 * way), go to a page. Used from templates as {@code ${@links.sort('name')}}.
 */
@Component("links")
class ListLinks {

	public String sort(String column) {
		HttpServletRequest request = request();
		boolean descending = column.equals(request.getParameter("sort"))
				&& !"true".equals(request.getParameter("desc"));
		return current(request).replaceQueryParam("sort", column)
			.replaceQueryParam("desc", descending)
			.replaceQueryParam("page")
			.build()
			.encode()
			.toUriString();
	}

	/** "↑" or "↓" for the column the list is sorted by, else empty. */
	public String arrow(String column) {
		HttpServletRequest request = request();
		if (!column.equals(request.getParameter("sort"))) {
			return "";
		}
		return "true".equals(request.getParameter("desc")) ? " ↓" : " ↑";
	}

	/**
	 * The header's {@code aria-sort}: "ascending" or "descending" for the column the list
	 * is sorted by, else none (the attribute left out).
	 */
	public @Nullable String ariaSort(String column) {
		HttpServletRequest request = request();
		if (!column.equals(request.getParameter("sort"))) {
			return null;
		}
		return "true".equals(request.getParameter("desc")) ? "descending" : "ascending";
	}

	public String page(int page) {
		return current(request()).replaceQueryParam("page", page).build().encode().toUriString();
	}

	/** The current path with its decoded parameters, relative to the host. */
	private static UriComponentsBuilder current(HttpServletRequest request) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.startsWith("_") && !"lang".equals(name)) {
				builder.queryParam(name, (Object[]) values);
			}
		});
		return builder;
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
