package com.sellout.portal.conversations.internal;

import java.util.Locale;
import java.util.Set;

import com.sellout.portal.shared.RefusedException;

/**
 * Which files a message may carry: up to 20 MB each, of the types people exchange about
 * sell-out (spreadsheets, data files, documents, pictures, archives). Everything is
 * stored as received and only ever downloaded as an attachment, never shown inline.
 */
public final class AttachmentRules {

	/** The largest attachment, in bytes. */
	public static final long MAX_SIZE = 20L * 1024 * 1024;

	/** The file types a message may carry, by extension. */
	public static final Set<String> TYPES = Set.of("xlsx", "xls", "csv", "xml", "json", "pdf", "png", "jpeg", "jpg",
			"txt", "zip");

	private static final int MAX_NAME = 200;

	private AttachmentRules() {
	}

	/**
	 * The name the file is kept under: its last path segment, without control characters,
	 * at most 200 characters (its extension kept).
	 */
	public static String cleanName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return name;
	}

	/** Refuses a file the rules do not take, naming it and why. */
	public static void check(String name, long size) {
		if (name.isEmpty() || extension(name).isEmpty() || !TYPES.contains(extension(name))) {
			throw new RefusedException("conversations.attachment.type", name.isEmpty() ? "—" : name,
					String.join(", ", TYPES.stream().sorted().toList()));
		}
		if (size > MAX_SIZE) {
			throw new RefusedException("conversations.attachment.tooLarge", name, MAX_SIZE / 1024 / 1024);
		}
		if (size == 0) {
			throw new RefusedException("conversations.attachment.empty", name);
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
