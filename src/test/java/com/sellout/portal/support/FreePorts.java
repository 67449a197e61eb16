package com.sellout.portal.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments that make a portal a test starts beside the test's own — in this JVM or
 * in one of its own — listen on free ports only: HTTP, FTP and its passive range, the
 * embedded SMTP and IMAP servers and the embedded PostgreSQL. So the suite runs while a
 * portal runs on the same machine with its default ports (8080, 2121, 30000-30099, 3025,
 * 3143).
 */
public final class FreePorts {

	private static final List<String> ARGUMENTS = List.of("--server.port=0", "--portal.ftp.port=0",
			"--portal.ftp.passive-ports=0", "--portal.mail.embedded.smtp-port=0", "--portal.mail.embedded.imap-port=0",
			"--portal.database.port=0");

	private FreePorts() {
	}

	/**
	 * The test's own arguments and the free-port ones it does not set itself (a property
	 * given twice would be read as both values joined by a comma).
	 */
	public static String[] with(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		for (String port : ARGUMENTS) {
			String key = port.substring(0, port.indexOf('=') + 1);
			if (all.stream().noneMatch(argument -> argument.startsWith(key))) {
				all.add(port);
			}
		}
		return all.toArray(String[]::new);
	}

}
