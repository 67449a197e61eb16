package com.sellout.portal.reading.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.UnreadableFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Delimited text with its charset and delimiter detected; quoted fields may span lines. */
public final class CsvTables {

	private static final char[] DELIMITERS = { ';', '\t', ',', '|' };

	private static final int SNIFFED_BYTES = 64 * 1024;

	private CsvTables() {
	}

	public static void read(byte[] content, Consumer<RawRow> rows) {
		TextDecoding.Encoding encoding = TextDecoding.detect(content);
		String prefix = encoding.prefix(content, SNIFFED_BYTES);
		if (looksBinary(prefix)) {
			throw new UnreadableFileException("reading.notATable", "Binary content that is not a known workbook", null);
		}
		char delimiter = detectDelimiter(prefix);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setTrim(false)
			.setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(encoding.reader(content), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				for (String value : record) {
					cells.add(Cells.clean(value));
				}
				rows.accept(new RawRow((int) record.getRecordNumber(), cells));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw new UnreadableFileException("reading.badCsv", "Malformed delimited text: " + ex.getMessage(), ex);
		}
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
	 * The delimiter that splits the first lines most consistently: for each candidate, how many
	 * lines share its most common count (at least one); ties go to the order of {@link #DELIMITERS}.
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
