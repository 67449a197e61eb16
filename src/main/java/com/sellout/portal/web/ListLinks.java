package com.sellout.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links of list pages that keep the current filters: sort by a column (again: the other
 * way), go to a page, the same page in another language. Used from templates as
 * {@code ${@links.sort('name')}}.
 */
@Component("links")
class ListLinks {

	private static final List<Integer> SIZES = List.of(25, 50, 100, 200);

	private static final Set<String> NOT_FILTERS = Set.of("sort", "desc", "page", "pageNo", "size", "lang");

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

	/**
	 * The current page in another language: the address's own query (its filters, sort
	 * and page) with {@code lang} replaced. Only the query of the address counts, never a
	 * posted form's fields.
	 */
	public String lang(String language) {
		HttpServletRequest request = request();
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().forEach((name, values) -> {
				String decoded = UriUtils.decode(name, StandardCharsets.UTF_8);
				if (!"lang".equals(decoded) && !decoded.startsWith("_")) {
					values.forEach(value -> builder.queryParam(decoded,
							value == null ? null : UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8)));
				}
			});
		}
		return builder.queryParam("lang", language).build().encode().toUriString();
	}

	/**
	 * The current parameters as name and value, but for those named (the page's own
	 * control sends them): the hidden fields of the pager's forms, which keep the filters
	 * and the sort.
	 */
	public List<Map.Entry<String, String>> kept(String... except) {
		Set<String> left = Set.of(except);
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		request().getParameterMap().forEach((name, values) -> {
			if (!name.startsWith("_") && !"lang".equals(name) && !left.contains(name)) {
				for (String value : values) {
					kept.add(Map.entry(name, value));
				}
			}
		});
		return kept;
	}

	/**
	 * Whether the address filters the list: a parameter other than the sort, the page,
	 * its size and the language.
	 */
	public boolean filtered() {
		return request().getParameterMap()
			.entrySet()
			.stream()
			.anyMatch(e -> !NOT_FILTERS.contains(e.getKey()) && !e.getKey().startsWith("_")
					&& Arrays.stream(e.getValue()).anyMatch(v -> v != null && !v.isBlank()));
	}

	/** The current page's path, where the pager's forms send their fields. */
	public String path() {
		return request().getRequestURI();
	}

	/**
	 * The page sizes offered, with the list's own when it is none of them, in order.
	 */
	public List<Integer> sizes(int current) {
		TreeSet<Integer> sizes = new TreeSet<>(SIZES);
		sizes.add(current);
		return List.copyOf(sizes);
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
