package com.sellout.portal.support;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a page renders it, filled as a person would: what its fields hold when the
 * page opens (a selected option, a checked radio, a prefilled input, the hidden CSRF
 * token), then typed into a text field or chosen among the options shown — a field or an
 * option the page does not render cannot be sent. Submitted to the form's own action: the
 * request is the one a browser would send.
 */
public final class PageForm {

	private final PortalHttp http;

	private final Element form;

	private final Map<String, String> fields = new LinkedHashMap<>();

	private PageForm(PortalHttp http, Element form) {
		this.http = http;
		this.form = form;
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			switch (input.tagName()) {
				case "select" -> {
					Element chosen = input.selectFirst("option[selected]");
					if (chosen == null) {
						chosen = input.selectFirst("option");
					}
					if (chosen != null) {
						fields.put(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text());
					}
				}
				case "textarea" -> fields.put(name, input.wholeText());
				default -> {
					String type = input.attr("type").toLowerCase(Locale.ROOT);
					if (type.equals("radio") || type.equals("checkbox")) {
						if (input.hasAttr("checked")) {
							fields.put(name, input.hasAttr("value") ? input.attr("value") : "on");
						}
					}
					else if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
						fields.put(name, input.attr("value"));
					}
				}
			}
		}
	}

	/**
	 * The form of the page the tab opens that matches the CSS selector (e.g.
	 * "[data-testid=correct-value] form").
	 */
	public static PageForm on(PortalHttp http, String pagePath, String selector) {
		HttpResponse<String> page = http.get(pagePath);
		if (page.statusCode() != 200) {
			throw new AssertionError("Page " + pagePath + " answered " + page.statusCode());
		}
		Document document = Jsoup.parse(page.body(), "http://portal" + pagePath);
		Element form = document.selectFirst(selector);
		if (form == null || !form.tagName().equals("form")) {
			throw new AssertionError("No form " + selector + " on " + pagePath);
		}
		return new PageForm(http, form);
	}

	/**
	 * The form matching the CSS selector in a page already answered (e.g. the page a
	 * form's post rendered), as if the tab were on {@code pagePath}.
	 */
	public static PageForm in(PortalHttp http, HttpResponse<String> page, String pagePath, String selector) {
		Document document = Jsoup.parse(page.body(), "http://portal" + pagePath);
		Element form = document.selectFirst(selector);
		if (form == null || !form.tagName().equals("form")) {
			throw new AssertionError("No form " + selector + " in the answer " + page.statusCode());
		}
		return new PageForm(http, form);
	}

	/**
	 * Types into the text field (input or textarea) of that name, replacing what it held.
	 */
	public PageForm fill(String name, String value) {
		if (form
			.select("input[name=" + name + "]:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea[name="
					+ name + "]")
			.isEmpty()) {
			throw new AssertionError("The form has no text field " + name);
		}
		fields.put(name, value);
		return this;
	}

	/**
	 * Chooses, in the select or radio group of that name, the option whose visible text
	 * is {@code label}.
	 */
	public PageForm choose(String name, String label) {
		for (Element option : form.select("select[name=" + name + "] option")) {
			if (option.text().strip().equals(label)) {
				fields.put(name, option.hasAttr("value") ? option.attr("value") : option.text());
				return this;
			}
		}
		for (Element radio : form.select("input[type=radio][name=" + name + "]")) {
			Element around = radio.parent();
			if (around != null && around.text().contains(label)) {
				fields.put(name, radio.attr("value"));
				return this;
			}
		}
		throw new AssertionError(
				"The form offers no option «" + label + "» for " + name + "; it offers " + options(name));
	}

	/**
	 * Ticks or clears the checkbox of that name, as a person clicks it: a cleared one is
	 * not sent at all.
	 */
	public PageForm tick(String name, boolean ticked) {
		Element box = form.selectFirst("input[type=checkbox][name=" + name + "]");
		if (box == null) {
			throw new AssertionError("The form has no checkbox " + name);
		}
		if (ticked) {
			fields.put(name, box.hasAttr("value") ? box.attr("value") : "on");
		}
		else {
			fields.remove(name);
		}
		return this;
	}

	/**
	 * Ticks the checkbox of that name whose value is {@code value} (one row of a list
	 * whose boxes share a name); refused if the form renders no such box.
	 */
	public PageForm tick(String name, String value, boolean ticked) {
		Element box = form.selectFirst("input[type=checkbox][name=" + name + "][value=" + value + "]");
		if (box == null) {
			throw new AssertionError("The form has no checkbox " + name + " = " + value);
		}
		if (ticked) {
			fields.put(name, value);
		}
		else {
			fields.remove(name);
		}
		return this;
	}

	/**
	 * Clicks the submit button whose visible text is {@code label}: its name and value
	 * are sent with the form, as a browser sends them.
	 */
	public PageForm press(String label) {
		for (Element button : form.select("button[name]")) {
			if (button.text().strip().equals(label)) {
				fields.put(button.attr("name"), button.attr("value"));
				return this;
			}
		}
		throw new AssertionError("The form has no named button «" + label + "»");
	}

	/** The visible texts of the options of a select. */
	public List<String> options(String name) {
		return form.select("select[name=" + name + "] option").stream().map(o -> o.text().strip()).toList();
	}

	/** The value the field holds now (as rendered, or as filled). */
	public String value(String name) {
		return fields.get(name);
	}

	/** Where the form posts. */
	public String action() {
		String action = form.attr("action");
		return action.isEmpty() ? form.ownerDocument().location().replaceFirst("^http://portal", "") : action;
	}

	/**
	 * Submits the form as a browser does: a GET form's fields as the query string, any
	 * other posted.
	 */
	public HttpResponse<String> submit() {
		if ("get".equalsIgnoreCase(form.attr("method"))) {
			StringBuilder query = new StringBuilder();
			fields.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
			return http.get(action() + query);
		}
		return http.postForm(action(), fields);
	}

	/**
	 * Sends a file with the form, as a page's upload script does: the fields that hold a
	 * value and the file, multipart, to the form's action with the page's CSRF token.
	 */
	public HttpResponse<String> upload(String fileName, byte[] content) {
		Map<String, String> filled = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				filled.put(name, value);
			}
		});
		String page = form.ownerDocument().location().replaceFirst("^http://portal", "");
		return http.upload(page, action(), filled, fileName, content);
	}

	/**
	 * The same request from another tab (another user): this form's fields and action
	 * with that tab's own CSRF token, read from a page it may open — what a forged or
	 * replayed submission looks like.
	 */
	public HttpResponse<String> submitFrom(PortalHttp other, String pageForToken) {
		Map<String, String> forged = new LinkedHashMap<>(fields);
		forged.put("_csrf", PortalHttp.csrfOf(other.get(pageForToken).body()));
		return other.postForm(action(), forged);
	}

}
