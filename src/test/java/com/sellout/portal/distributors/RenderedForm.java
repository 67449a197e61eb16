package com.sellout.portal.distributors;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.support.PortalHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form as the page renders it, with its repeated fields (checkboxes of one name) kept
 * apart — what a browser sends: the values as rendered, then changed as a person would
 * (typed, ticked, chosen among the options shown), posted to the form's action.
 */
final class RenderedForm {

	private final PortalHttp http;

	private final Element form;

	private final List<Map.Entry<String, String>> fields = new ArrayList<>();

	private RenderedForm(PortalHttp http, Element form) {
		this.http = http;
		this.form = form;
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			switch (input.tagName()) {
				case "select" -> {
					Element chosen = input.selectFirst("option[selected]");
					chosen = chosen == null ? input.selectFirst("option") : chosen;
					if (chosen != null) {
						fields.add(new SimpleEntry<>(name, chosen.attr("value")));
					}
				}
				case "textarea" -> fields.add(new SimpleEntry<>(name, input.wholeText()));
				default -> {
					String type = input.attr("type").toLowerCase(Locale.ROOT);
					if (type.equals("checkbox") || type.equals("radio")) {
						if (input.hasAttr("checked")) {
							fields.add(new SimpleEntry<>(name, input.attr("value")));
						}
					}
					else if (!type.equals("submit") && !type.equals("button") && !type.equals("search")) {
						fields.add(new SimpleEntry<>(name, input.attr("value")));
					}
				}
			}
		}
	}

	static RenderedForm on(PortalHttp http, String pagePath, String selector) {
		HttpResponse<String> page = http.get(pagePath);
		if (page.statusCode() != 200) {
			throw new AssertionError("Page " + pagePath + " answered " + page.statusCode());
		}
		Element form = Jsoup.parse(page.body()).selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " on " + pagePath);
		}
		return new RenderedForm(http, form);
	}

	RenderedForm fill(String name, String value) {
		if (form.select("input[name=" + name + "], textarea[name=" + name + "]").isEmpty()) {
			throw new AssertionError("No text field " + name);
		}
		fields.removeIf(f -> f.getKey().equals(name));
		fields.add(new SimpleEntry<>(name, value));
		return this;
	}

	/**
	 * Sends a value the page does not offer (a forged or stale request): what a check on
	 * the server must refuse.
	 */
	RenderedForm forge(String name, String value) {
		fields.removeIf(f -> f.getKey().equals(name));
		fields.add(new SimpleEntry<>(name, value));
		return this;
	}

	/** Ticks (or clears) the checkbox of that name whose label reads {@code label}. */
	RenderedForm tick(String name, String label, boolean ticked) {
		for (Element box : form.select("input[type=checkbox][name=" + name + "]")) {
			Element around = box.parent();
			if (around != null && around.text().strip().equals(label)) {
				fields.removeIf(f -> f.getKey().equals(name) && f.getValue().equals(box.attr("value")));
				if (ticked) {
					fields.add(new SimpleEntry<>(name, box.attr("value")));
				}
				return this;
			}
		}
		throw new AssertionError("No checkbox «" + label + "» for " + name);
	}

	/** Chooses the option of the select whose visible text is {@code label}. */
	RenderedForm choose(String name, String label) {
		for (Element option : form.select("select[name=" + name + "] option")) {
			if (option.text().strip().equals(label)) {
				fields.removeIf(f -> f.getKey().equals(name));
				fields.add(new SimpleEntry<>(name, option.attr("value")));
				return this;
			}
		}
		throw new AssertionError("No option «" + label + "» for " + name + " among " + options(name));
	}

	List<String> options(String name) {
		return form.select("select[name=" + name + "] option").stream().map(o -> o.text().strip()).toList();
	}

	List<String> values(String name) {
		return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).toList();
	}

	HttpResponse<String> submit() {
		String body = fields.stream()
			.map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.request("POST", form.attr("action"), "application/x-www-form-urlencoded",
				body.getBytes(StandardCharsets.UTF_8));
	}

}
