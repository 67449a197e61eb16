package com.sellout.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/**
 * The accessibility engine (axe-core) run on the pages the browser tests open: each page
 * (its path with numbers as {@code {n}}, at its viewport width) once per test run. Every
 * violation is written to {@code target/accessibility/violations.tsv} (page, width,
 * impact, rule, nodes) for people to read; the serious and critical ones fail the test
 * that opened the page. Also the check that nothing scrolls sideways.
 */
public final class Accessibility {

	/** What fails a test: WCAG's serious and critical barriers. */
	static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static final Path REPORT = Paths.get("target", "accessibility", "violations.tsv");

	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	private final List<String> blocking = new ArrayList<>();

	/** Checks the page unless the same page at the same width was checked before. */
	public void check(Page page) {
		if (page.isClosed() || page.url().startsWith("about:") || !isHtml(page)) {
			return;
		}
		int width = page.viewportSize() == null ? 0 : page.viewportSize().width;
		String key = pageName(page.url()) + "@" + width;
		if (!CHECKED.add(key)) {
			return;
		}
		settle(page);
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core did not run on " + key + ": " + results.getErrorMessage());
		}
		List<String> lines = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			String nodes = rule.getNodes()
				.stream()
				.limit(5)
				.map(CheckedNode::getTarget)
				.map(String::valueOf)
				.collect(Collectors.joining(" "));
			lines.add(String.join("\t", pageName(page.url()), String.valueOf(width), String.valueOf(rule.getImpact()),
					rule.getId(), String.valueOf(rule.getNodes().size()), nodes));
			if (BLOCKING.contains(rule.getImpact())) {
				blocking
					.add(key + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") on " + nodes);
			}
		}
		record(lines);
	}

	/**
	 * Waits until the parts a page loads after itself (htmx slots such as the home page's
	 * cards) have arrived and settled, and the page's script has marked what scrolls.
	 */
	private static void settle(Page page) {
		try {
			page.waitForFunction(
					"() => !document.querySelector(\"[hx-trigger='load'], .htmx-request, .htmx-settling,"
							+ " .htmx-swapping, .htmx-added\")",
					null, new Page.WaitForFunctionOptions().setTimeout(10_000));
		}
		catch (TimeoutError stillLoading) {
			// a slot whose request failed stays: checked as it is
		}
		page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))");
	}

	/** The serious and critical violations found since the last call, cleared. */
	public List<String> takeBlocking() {
		List<String> found = List.copyOf(blocking);
		blocking.clear();
		return found;
	}

	/** How much wider than the viewport the page is (0 when nothing scrolls sideways). */
	public static int sidewaysOverflow(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
	}

	static String pageName(String url) {
		String path = url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
		return path.replaceAll("/\\d+(?=/|$)", "/{n}").replaceAll("/[0-9a-f-]{32,}(?=/|$)", "/{id}");
	}

	private static boolean isHtml(Page page) {
		Object type = page.evaluate("() => document.contentType");
		return "text/html".equals(type);
	}

	private static synchronized void record(List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(REPORT.getParent());
			Files.write(REPORT, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
