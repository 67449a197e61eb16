package com.sellout.portal.inventory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A GET filter form as the page renders it, filled as a person would — an option chosen
 * among those shown, text typed into a field the form has, a box ticked — and turned into
 * the address a browser would open on submitting it. A field or option the page does not
 * render cannot be sent.
 */
final class FilterForm {

	private final Element form;

	private final List<String[]> fields = new ArrayList<>();

	private FilterForm(Element form) {
		this.form = form;
		for (Element input : form.select("input[name], select[name]")) {
			String name = input.attr("name");
			if (input.tagName().equals("select")) {
				Element chosen = input.selectFirst("option[selected]");
				chosen = chosen == null ? input.selectFirst("option") : chosen;
				if (chosen != null) {
					fields.add(new String[] { name, chosen.attr("value") });
				}
				continue;
			}
			String type = input.attr("type").toLowerCase(Locale.ROOT);
			if (type.equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.add(new String[] { name, input.hasAttr("value") ? input.attr("value") : "on" });
				}
			}
			else if (!type.equals("submit")) {
				fields.add(new String[] { name, input.attr("value") });
			}
		}
	}

	static FilterForm of(String html, String selector) {
		Document page = Jsoup.parse(html, "http://portal/");
		Element form = page.selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " on the page");
		}
		return new FilterForm(form);
	}

	boolean has(String name) {
		return !form.select("[name=" + name + "]").isEmpty();
	}

	List<String> options(String name) {
		return form.select("select[name=" + name + "] option").stream().map(o -> o.text().strip()).toList();
	}

	String value(String name) {
		return fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).findFirst().orElse(null);
	}

	FilterForm choose(String name, String label) {
		for (Element option : form.select("select[name=" + name + "] option")) {
			if (option.text().strip().equals(label)) {
				return set(name, option.attr("value"));
			}
		}
		throw new AssertionError("No option «" + label + "» for " + name + "; offered " + options(name));
	}

	FilterForm fill(String name, String value) {
		if (form.select("input[name=" + name + "]:not([type=checkbox]):not([type=hidden])").isEmpty()) {
			throw new AssertionError("The form has no text field " + name);
		}
		return set(name, value);
	}

	FilterForm check(String name) {
		Element box = form.selectFirst("input[type=checkbox][name=" + name + "]");
		if (box == null) {
			throw new AssertionError("The form has no box " + name);
		}
		fields.removeIf(f -> f[0].equals(name));
		fields.add(new String[] { name, box.hasAttr("value") ? box.attr("value") : "on" });
		return this;
	}

	/** The address the browser opens: the form's action with its fields as the query. */
	String url() {
		return form.attr("action") + "?"
				+ fields.stream()
					.map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(f[1], StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
	}

	private FilterForm set(String name, String value) {
		for (String[] field : fields) {
			if (field[0].equals(name)) {
				field[1] = value;
				return this;
			}
		}
		fields.add(new String[] { name, value });
		return this;
	}

}
