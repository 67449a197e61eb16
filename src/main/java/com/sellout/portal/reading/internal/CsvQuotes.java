package com.sellout.portal.reading.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.sellout.portal.reading.UnreadableFileException;

/**
 * Where the quotes of a delimited text go wrong, for telling the sender when the parser
 * gave up: a quote that opens a field and is never closed — up to the end of the text, or
 * up to a quote of some later line followed by more text — or characters after a closing
 * quote on the same line. The text is walked by the parser's own rules — a quote opens a
 * field only as its first character, {@code ""} inside is one quote, blanks after the
 * closing quote are ignored — counting lines as an editor shows them and columns as
 * fields from 1.
 */
final class CsvQuotes {

	private static final char QUOTE = '"';

	private final PushbackReader text;

	private final char delimiter;

	private int line = 1;

	private int column = 1;

	private CsvQuotes(Reader text, char delimiter) {
		this.text = new PushbackReader(text, 1);
		this.delimiter = delimiter;
	}

	/** The refusal naming the quote's problem, if the quotes are what is wrong. */
	static Optional<UnreadableFileException> problem(Reader text, char delimiter) {
		try (text) {
			return new CsvQuotes(text, delimiter).walk();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<UnreadableFileException> walk() throws IOException {
		boolean fieldStart = true;
		boolean afterClosingQuote = false;
		int openedLine = 0;
		int openedColumn = 0;
		int c;
		while ((c = text.read()) != -1) {
			if (afterClosingQuote) {
				if (c == delimiter || c == '\r' || c == '\n') {
					afterClosingQuote = false;
				}
				else if (!Character.isWhitespace(c) && line > openedLine) {
					// the quote of a later value closed it: the one opened lines above
					// was left open
					return Optional.of(unclosed(openedLine, openedColumn));
				}
				else if (!Character.isWhitespace(c)) {
					return Optional.of(new UnreadableFileException("reading.csvAfterQuote",
							"Characters after a closing quote at line " + line + ", column " + column, null, line,
							column));
				}
				else {
					continue;
				}
			}
			if (c == QUOTE && fieldStart) {
				openedLine = line;
				openedColumn = column;
				if (!skipQuoted()) {
					return Optional.of(unclosed(openedLine, openedColumn));
				}
				afterClosingQuote = true;
				fieldStart = false;
			}
			else if (c == delimiter) {
				column++;
				fieldStart = true;
			}
			else if (c == '\r' || c == '\n') {
				endOfLine(c);
				column = 1;
				fieldStart = true;
			}
			else {
				fieldStart = false;
			}
		}
		return Optional.empty();
	}

	private static UnreadableFileException unclosed(int line, int column) {
		return new UnreadableFileException("reading.csvUnclosedQuote",
				"A quote opened at line " + line + ", column " + column + " is never closed", null, line, column);
	}

	/** Reads a quoted field to its closing quote; false when the text ends first. */
	private boolean skipQuoted() throws IOException {
		int c;
		while ((c = text.read()) != -1) {
			if (c == QUOTE) {
				int next = text.read();
				if (next != QUOTE) {
					if (next != -1) {
						text.unread(next);
					}
					return true;
				}
			}
			else if (c == '\r' || c == '\n') {
				endOfLine(c);
			}
		}
		return false;
	}

	/** CR LF, CR or LF: one line break. */
	private void endOfLine(int c) throws IOException {
		if (c == '\r') {
			int next = text.read();
			if (next != '\n' && next != -1) {
				text.unread(next);
			}
		}
		line++;
	}

}
