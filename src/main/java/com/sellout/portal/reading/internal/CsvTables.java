package com.sellout.portal.reading.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text with its charset and delimiter detected; quoted fields may span lines. A
 * row with more fields than the header is refused (a delimiter inside an unquoted value
 * shifts every column after it); a shorter one is read with the missing trailing fields
 * empty. A quote left open is refused with the line and column where it opened. Only the
 * text is judged here: what the receiver of the rows throws is its own failure and passes
 * through unchanged.
 */
public final class CsvTables {

	private static final char[] DELIMITERS = { ';', '\t', ',', '|' };

	private static final int SNIFFED_BYTES = 64 * 1024;

	private CsvTables() {
	}

	public static void read(byte[] content, Consumer<RawRow> rows) {
		read(InputSource.of(content), rows);
	}

	/**
	 * Reads a file as a stream: once for its charset, once for its rows; never whole in
	 * memory.
	 */
	public static void read(InputSource file, Consumer<RawRow> rows) {
		TextDecoding.Encoding encoding;
		byte[] head = file.head(SNIFFED_BYTES + 4);
		try {
			encoding = TextDecoding.detect(file);
		}
		catch (UnreadableFileException mixed) {
			// random or executable bytes are no text in a wrong charset: say what they
			// are
			if (looksBinary(new String(head, 0, Math.min(head.length, SNIFFED_BYTES), StandardCharsets.ISO_8859_1))) {
				throw new UnreadableFileException("reading.notATable", "Binary content that is not a known workbook",
						null);
			}
			throw mixed;
		}
		String prefix = encoding.prefix(head, SNIFFED_BYTES);
		if (looksBinary(prefix)) {
			throw new UnreadableFileException("reading.notATable", "Binary content that is not a known workbook", null);
		}
		char delimiter = detectDelimiter(prefix);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setTrim(false)
			.setIgnoreEmptyLines(false)
			.get();
		HeaderWidth widths = new HeaderWidth(rows);
		try (CSVParser parser = CSVParser.parse(encoding.reader(file.open()), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (IllegalStateException | UncheckedIOException ex) {
					throw quoteProblem(file, encoding, delimiter)
						.orElseGet(() -> new UnreadableFileException("reading.badCsv",
								"Malformed delimited text: " + ex.getMessage(), ex));
				}
				List<String> cells = new ArrayList<>(record.size());
				for (String value : record) {
					cells.add(Cells.clean(value));
				}
				widths.accept(new RawRow((int) record.getRecordNumber(), cells, 0,
						record.size() == 0 ? 0 : leadingSpaces(record.get(0))));
			}
			widths.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<UnreadableFileException> quoteProblem(InputSource file, TextDecoding.Encoding encoding,
			char delimiter) {
		try {
			return CsvQuotes.problem(encoding.reader(file.open()), delimiter);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text export's indent of the first cell (a grouped report's levels): its leading
	 * spaces, a tab as four.
	 */
	static int leadingSpaces(String cell) {
		int indent = 0;
		for (int i = 0; i < cell.length() && i < 64; i++) {
			char c = cell.charAt(i);
			if (c == ' ' || c == '\u00A0') {
				indent++;
			}
			else if (c == '\t') {
				indent += 4;
			}
			else {
				return indent;
			}
		}
		return cell.isBlank() ? 0 : indent;
	}

	/** NUL characters or many control characters: bytes that were never meant as text. */
	static boolean looksBinary(String prefix) {
		int control = 0;
		for (int i = 0; i < prefix.length(); i++) {
			char c = prefix.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
				control++;
			}
		}
		return control > 8 && control * 50 > prefix.length();
	}

	/**
	 * The delimiter that splits the first lines most consistently: for each candidate,
	 * how many lines share its most common count (at least one); ties go to the order of
	 * {@link #DELIMITERS}.
	 */
	static char detectDelimiter(String text) {
		List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(30).toList();
		char best = ';';
		int bestLines = -1;
		int bestCount = -1;
		for (char candidate : DELIMITERS) {
			int[] counts = lines.stream().mapToInt(line -> countOutsideQuotes(line, candidate)).toArray();
			int mode = mode(counts);
			if (mode == 0) {
				continue;
			}
			int consistent = 0;
			for (int count : counts) {
				if (count == mode) {
					consistent++;
				}
			}
			if (consistent > bestLines || (consistent == bestLines && mode > bestCount)) {
				best = candidate;
				bestLines = consistent;
				bestCount = mode;
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static int mode(int[] counts) {
		int mode = 0;
		int modeFrequency = 0;
		for (int candidate : counts) {
			if (candidate == 0) {
				continue;
			}
			int frequency = 0;
			for (int count : counts) {
				if (count == candidate) {
					frequency++;
				}
			}
			if (frequency > modeFrequency || (frequency == modeFrequency && candidate > mode)) {
				mode = candidate;
				modeFrequency = frequency;
			}
		}
		return mode;
	}

}
