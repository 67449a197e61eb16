package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The done-marker convention: a client that cannot otherwise show that a file arrived
 * whole (a CSV cut at a line boundary looks whole) uploads an empty {@code <name>.done}
 * after {@code <name>}. The first marker an account sends tells the portal that it uses
 * them; from then on its files wait in {@code in/} until their marker arrives. That an
 * account uses markers is kept as a file beside the homes (the FTP root is what several
 * nodes share), so that every node knows it.
 */
final class DoneMarkers {

	static final String SUFFIX = ".done";

	private final Path accounts;

	DoneMarkers(Path root) {
		// a login cannot begin with a dot, so this is never an account's home
		this.accounts = root.resolve(".done-markers");
	}

	static boolean isMarker(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && name.length() > SUFFIX.length();
	}

	/** The file a marker names. */
	static String markedFile(String marker) {
		return marker.substring(0, marker.length() - SUFFIX.length());
	}

	boolean used(String login) {
		return Files.exists(accounts.resolve(key(login)));
	}

	void noteUsed(String login) throws IOException {
		Files.createDirectories(accounts);
		Path note = accounts.resolve(key(login));
		if (!Files.exists(note)) {
			Files.writeString(note, "this account sends <name>.done after each file\n");
		}
	}

	private static String key(String login) {
		return login.toLowerCase(Locale.ROOT).replace('/', '_');
	}

}
