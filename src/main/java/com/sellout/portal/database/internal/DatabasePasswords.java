package com.sellout.portal.database.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's roles, generated on first start and kept in
 * a file only the portal's own OS user may read (mode 600). It lies in the data
 * directory, beside PostgreSQL's own files and outside the FTP root (the FTP homes are
 * {@code <data-dir>/ftp/<login>}), so no FTP account can reach it.
 */
final class DatabasePasswords {

	static final String FILE_NAME = "portal-database-passwords.properties";

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path file;

	private final Properties passwords;

	private boolean changed;

	private DatabasePasswords(Path file, Properties passwords) {
		this.file = file;
		this.passwords = passwords;
	}

	static Path fileIn(Path dataDir) {
		return dataDir.resolve(FILE_NAME);
	}

	/** For a directory initdb is about to create: all passwords are new. */
	static DatabasePasswords none(Path dataDir) {
		return new DatabasePasswords(fileIn(dataDir), new Properties());
	}

	/** The passwords kept in the data directory, if it has the file. */
	static DatabasePasswords read(Path dataDir) throws IOException {
		Path file = fileIn(dataDir);
		Properties passwords = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				passwords.load(in);
			}
		}
		return new DatabasePasswords(file, passwords);
	}

	boolean isEmpty() {
		return passwords.isEmpty();
	}

	/**
	 * The role's kept password; a new random one (kept on {@link #save()}) when it has
	 * none yet.
	 */
	String of(String role) {
		String password = passwords.getProperty(role);
		if (password == null || password.isBlank()) {
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			passwords.setProperty(role, password);
			changed = true;
		}
		return password;
	}

	/**
	 * Whether a password was generated since the file was read: it must be saved before
	 * it is used.
	 */
	boolean changed() {
		return changed;
	}

	/**
	 * Writes the file whole (mode 600 from its creation on), replacing the previous one
	 * atomically.
	 */
	void save() throws IOException {
		StringWriter text = new StringWriter();
		passwords.store(text,
				"Passwords of the embedded PostgreSQL's roles; written by the portal, readable by it alone");
		Path temporary = file.resolveSibling(FILE_NAME + ".new");
		Files.deleteIfExists(temporary);
		try {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(temporary);
		}
		catch (FileAlreadyExistsException raced) {
			throw new IOException("Another process writes " + temporary, raced);
		}
		Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		restrict();
		changed = false;
	}

	/**
	 * A file copied in by hand may have come with wider rights: narrow them at every
	 * start.
	 */
	void restrict() throws IOException {
		if (Files.exists(file)) {
			try {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
			catch (UnsupportedOperationException notPosix) {
				// not a POSIX file system: its own ACLs apply
			}
		}
	}

	Path file() {
		return file;
	}

}
