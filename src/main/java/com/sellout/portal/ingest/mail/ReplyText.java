package com.sellout.portal.ingest.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.sellout.portal.ingest.ReplyMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A reply's own text: what the follower wrote above the conversation mail it answers. The
 * mail is cut at the line quoting {@link ReplyMail#QUOTE_MARKER}; quoted lines
 * ({@code >}) at the end go too, and the line a mail client writes above its quote («On …
 * wrote:», «… написал(а):», «… пишет:»).
 */
final class ReplyText {

	/**
	 * Either language's half of the marker: a mail client may wrap the line between them
	 * or turn the dashes into something else.
	 */
	private static final List<String> MARKER_HALVES = Arrays.stream(ReplyMail.QUOTE_MARKER.replace("—", "").split("/"))
		.map(String::strip)
		.toList();

	private static final Pattern ATTRIBUTION = Pattern
		.compile("(?iu).*(\\bwrote|написал\\(а\\)|написала?|пишет|@[^<>\\s]+>)\\s*:\\s*");

	/**
	 * The end of an attribution too long for one line, wrapped by its mail client: its
	 * start is the line above.
	 */
	private static final Pattern ATTRIBUTION_END = Pattern
		.compile("(?iu)\\s*(\\S+@\\S+>)?\\s*(wrote|написал\\(а\\)|написала?|пишет)?\\s*:\\s*");

	private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
			"footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table",
			"tr", "ul");

	private ReplyText() {
	}

	/** The text above the quoted mail, without trailing whitespace. */
	static String ownText(String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n")));
		int marker = markerLine(lines);
		boolean quoted = marker >= 0;
		if (quoted) {
			lines.subList(marker, lines.size()).clear();
		}
		dropTrailingBlanks(lines);
		while (!lines.isEmpty() && lines.get(lines.size() - 1).stripLeading().startsWith(">")) {
			lines.remove(lines.size() - 1);
			dropTrailingBlanks(lines);
			quoted = true;
		}
		if (quoted && !lines.isEmpty() && ATTRIBUTION.matcher(last(lines)).matches()) {
			String attribution = lines.remove(lines.size() - 1);
			if (ATTRIBUTION_END.matcher(attribution).matches() && !lines.isEmpty() && !last(lines).isBlank()) {
				lines.remove(lines.size() - 1);
			}
		}
		while (!lines.isEmpty() && lines.get(0).isBlank()) {
			lines.remove(0);
		}
		return String.join("\n", lines).stripTrailing();
	}

	/**
	 * An HTML part as the text a reader sees: blocks and {@code <br>
	 * } as line breaks, the markup's own whitespace collapsed.
	 */
	static String fromHtml(String html) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode words) {
					String inline = words.text().replace('\u00a0', ' ');
					// the markup's line breaks between blocks are no text
					if (!inline.isBlank() || !atLineStart(text)) {
						text.append(inline);
					}
				}
				else if (node instanceof Element element && element.nameIs("br")) {
					text.append('\n');
				}
				else if (isBlock(node)) {
					newLine(text);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (isBlock(node)) {
					newLine(text);
				}
			}

		}, Jsoup.parse(html).body());
		return Arrays.stream(text.toString().split("\n", -1))
			.map(String::strip)
			.reduce((above, line) -> above + "\n" + line)
			.orElse("")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.normalName());
	}

	private static void newLine(StringBuilder text) {
		if (!atLineStart(text)) {
			text.append('\n');
		}
	}

	private static boolean atLineStart(StringBuilder text) {
		return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
	}

	private static int markerLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (MARKER_HALVES.stream().anyMatch(line::contains)) {
				return i;
			}
		}
		return -1;
	}

	private static void dropTrailingBlanks(List<String> lines) {
		while (!lines.isEmpty() && last(lines).isBlank()) {
			lines.remove(lines.size() - 1);
		}
	}

	private static String last(List<String> lines) {
		return lines.get(lines.size() - 1);
	}

}
