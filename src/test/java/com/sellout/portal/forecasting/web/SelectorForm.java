package com.sellout.portal.forecasting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The forecast page's selector (a GET form) as the page renders it, filled as a person
 * would — only the fields and options it renders — and the address a browser opens on
 * submitting it.
 */
final class SelectorForm {

	private final Element form;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private SelectorForm(Element form) {
		this.form = form;
		for (Element input : form.select("input[name], select[name]")) {
			String name = input.attr("name");
			if (input.tagName().equals("select")) {
				Element chosen = input.selectFirst("option[selected]");
				if (chosen == null) {
					chosen = input.selectFirst("option");
				}
				fields.put(name, chosen == null ? "" : chosen.attr("value"));
			}
			else if (!input.attr("type").toLowerCase(Locale.ROOT).matches("submit|button|checkbox|radio")) {
				fields.put(name, input.attr("value"));
			}
		}
	}

	static SelectorForm of(Document page) {
		Element form = page.selectFirst("form[data-testid=forecast-filters]");
		if (form == null || !form.attr("method").equalsIgnoreCase("get")) {
			throw new AssertionError("No forecast selector on the page");
		}
		return new SelectorForm(form);
	}

	SelectorForm fill(String name, String value) {
		if (form.select("input[name=" + name + "]:not([type=hidden])").isEmpty()) {
			throw new AssertionError("The selector has no field " + name);
		}
		fields.put(name, value);
		return this;
	}

	/**
	 * Chooses, in the select of that name, the option whose text (indentation stripped)
	 * is {@code label}.
	 */
	SelectorForm choose(String name, String label) {
		for (Element option : form.select("select[name=" + name + "] option")) {
			if (option.text().replace('\u00a0', ' ').strip().equals(label)) {
				fields.put(name, option.attr("value"));
				return this;
			}
		}
		throw new AssertionError("The selector offers no «" + label + "» for " + name);
	}

	boolean has(String name) {
		return !form.select("[name=" + name + "]").isEmpty();
	}

	String address() {
		StringJoiner query = new StringJoiner("&");
		fields.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.attr("action") + "?" + query;
	}

}
