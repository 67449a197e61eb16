package com.sellout.portal.imports;

/**
 * What became of one row of an imported file.
 *
 * @param row the row's number in the file
 * @param key what the row is about (a SKU, a document number), for people to find it
 * @param outcome added, updated, unchanged or skipped
 * @param messageKey why it was skipped, or a warning on an imported row; null when all
 * was well
 * @param argument the offending value or other detail for the message
 */
public record RowOutcome(int row, String key, Outcome outcome, String messageKey, String argument) {

	public enum Outcome {

		ADDED, UPDATED, UNCHANGED, SKIPPED

	}

	public boolean isWarning() {
		return outcome != Outcome.SKIPPED && messageKey != null;
	}

	public String encode() {
		return row + "\t" + clean(key) + "\t" + outcome + "\t" + clean(messageKey) + "\t" + clean(argument);
	}

	public static RowOutcome decode(String line) {
		String[] parts = line.split("\t", -1);
		return new RowOutcome(Integer.parseInt(parts[0]), parts[1], Outcome.valueOf(parts[2]),
				parts[3].isEmpty() ? null : parts[3], parts[4].isEmpty() ? null : parts[4]);
	}

	private static String clean(String value) {
		return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

}
