package com.sellout.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens ZIP archives that distributors send (1C's exchange, e-mail attachments) without
 * trusting them: the number of files and the unpacked size are limited while reading, so
 * a ZIP bomb stops at the limit instead of filling the memory. Folders inside are
 * flattened to file names.
 */
public final class ZipArchives {

	/** At most this many files in one archive. */
	public static final int MAX_ENTRIES = 200;

	private ZipArchives() {
	}

	/** A file of an archive: its name without folders, and its bytes. */
	public record Entry(String name, byte[] content) {
	}

	public static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * The files of the archive (or the file itself when it is no ZIP).
	 * @param maxUnpacked the most bytes all its files may unpack to
	 * @throws Refused with the message key of why the archive is not opened
	 */
	public static List<Entry> entries(String fileName, byte[] content, long maxUnpacked) {
		if (!isZip(content)) {
			return List.of(new Entry(fileName, content));
		}
		List<Entry> entries = new ArrayList<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			byte[] buffer = new byte[64 * 1024];
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				if (entry.isDirectory() || name.isEmpty() || entry.getName().startsWith("__MACOSX/")) {
					continue;
				}
				if (entries.size() >= MAX_ENTRIES) {
					throw new Refused("sellout.exchange.zipTooManyFiles");
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					total += read;
					if (total > maxUnpacked) {
						throw new Refused("sellout.exchange.zipTooLarge");
					}
					out.write(buffer, 0, read);
				}
				entries.add(new Entry(name, out.toByteArray()));
			}
		}
		catch (IOException ex) {
			throw new Refused("sellout.exchange.badZip");
		}
		return entries;
	}

	/** An archive that is not opened, with the message key of why. */
	public static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public Refused(String messageKey) {
			super(messageKey, null, false, false);
		}

		public String messageKey() {
			return getMessage();
		}

	}

}
