package com.sellout.portal.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}. Zonky's initdb writes {@code trust} for
 * every local connection, which lets any process on the machine in as the superuser; the
 * portal replaces it at every start with one that asks every role for its password
 * (SCRAM).
 */
final class ClientAuthentication {

	static final String FILE_NAME = "pg_hba.conf";

	/**
	 * Only over the loopback and the server's Unix socket, and always with the role's
	 * password.
	 */
	static final String PASSWORDS_ONLY = """
			# Written by the Sell-out Portal at every start (changes here are overwritten):
			# every connection needs its role's password, checked with SCRAM-SHA-256.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	/**
	 * For the one start that converts a data directory made before passwords: only the
	 * superuser, only from the IPv4 loopback, and only until its password is set and this
	 * file is replaced.
	 */
	static final String CONVERSION = """
			# Written by the Sell-out Portal while it gives the roles their passwords; replaced at once.
			host    all       postgres   127.0.0.1/32  trust
			""";

	/**
	 * When the server listens outside the loopback: the loopback as always, the portal's
	 * own roles refused from anywhere else (the owner is an admin member of the reporting
	 * group, so naming the group would let it in), and the reporting group's members let
	 * into the portal's database over TLS alone.
	 */
	static String withReportingFromOutside(String database, String group, List<String> localRoles) {
		return PASSWORDS_ONLY + """
				# Outside the loopback: the portal's own roles never; the reporting roles over TLS alone.
				host    all       %2$s  all  reject
				hostssl %1$s  +%3$s  0.0.0.0/0  scram-sha-256
				hostssl %1$s  +%3$s  ::/0       scram-sha-256
				""".formatted(database, String.join(",", localRoles), group);
	}

	private static final Pattern TRUSTING_LINE = Pattern.compile("(?m)^[ \\t]*[^#\\s].*\\btrust\\b");

	private ClientAuthentication() {
	}

	/**
	 * Whether a connection gets in without a password (a directory made by an earlier
	 * version).
	 */
	static boolean trustsSomeone(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		return Files.exists(file) && TRUSTING_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
	}

	static void write(Path dataDir, String content) throws IOException {
		Files.writeString(dataDir.resolve(FILE_NAME), content, StandardCharsets.UTF_8);
	}

}
