package com.sellout.portal.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A GET form as a page renders it, filled as a person would — only the fields and options
 * it renders — and the address a browser would open on submitting it.
 */
public final class GetForm {

	private final Element form;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private GetForm(Element form) {
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
			else {
				String type = input.attr("type").toLowerCase(Locale.ROOT);
				if (type.equals("checkbox") || type.equals("radio")) {
					if (input.hasAttr("checked")) {
						fields.put(name, input.hasAttr("value") ? input.attr("value") : "on");
					}
				}
				else if (!type.equals("submit") && !type.equals("button")) {
					fields.put(name, input.attr("value"));
				}
			}
		}
	}

	public static GetForm of(Document page, String selector) {
		Element form = page.selectFirst(selector);
		if (form == null || !form.tagName().equals("form") || !form.attr("method").equalsIgnoreCase("get")) {
			throw new AssertionError("No GET form " + selector);
		}
		return new GetForm(form);
	}

	/** Types into a text or month field the form renders. */
	public GetForm fill(String name, String value) {
		if (form.select("input[name=" + name + "]:not([type=hidden])").isEmpty()) {
			throw new AssertionError("The form has no field " + name);
		}
		fields.put(name, value);
		return this;
	}

	/**
	 * Chooses, in the select of that name, the option showing {@code label} (a tree's
	 * indentation stripped).
	 */
	public GetForm choose(String name, String label) {
		for (Element option : form.select("select[name=" + name + "] option")) {
			if (option.text().replace('\u00a0', ' ').strip().equals(label)) {
				fields.put(name, option.attr("value"));
				return this;
			}
		}
		throw new AssertionError("The form offers no «" + label + "» for " + name);
	}

	public String value(String name) {
		return fields.get(name);
	}

	public boolean has(String name) {
		return !form.select("[name=" + name + "]").isEmpty();
	}

	/**
	 * The address submitting the form opens (empty fields sent empty, as a browser does).
	 */
	public String address() {
		StringJoiner query = new StringJoiner("&");
		fields.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.attr("action") + "?" + query;
	}

}
