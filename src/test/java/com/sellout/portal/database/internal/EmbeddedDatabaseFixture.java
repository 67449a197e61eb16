package com.sellout.portal.database.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * The first run of {@link EmbeddedDatabaseRestartTest}, in its own JVM so that it can be
 * killed.
 */
public final class EmbeddedDatabaseFixture {

	static final String READY = "READY";

	private EmbeddedDatabaseFixture() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(Path.of(args[0]), 0, true, false, "sellout_app",
				"secret");
		try (Connection connection = server.ownerDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table survival (note text)");
			statement.execute("insert into survival values ('committed before kill -9')");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
