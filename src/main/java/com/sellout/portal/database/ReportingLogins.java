package com.sellout.portal.database;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Login roles for tools that read the {@code reporting} schema straight from PostgreSQL.
 * Each has a fixed data scope — all distributors or one — kept in
 * {@code reporting.role_scopes}, which the row-level security reads for a member of the
 * reporting group instead of the session's {@code portal.*} settings (which any session
 * may set). The application has no CREATEROLE: these go through functions the schema
 * owner owns, which check every argument and do nothing else.
 */
public interface ReportingLogins {

	/**
	 * Whether this database lets the portal create the roles (the embedded one does; an
	 * external one when its DBA gave the owner CREATEROLE).
	 */
	boolean manageable();

	/** Every reporting login of this database, oldest first. */
	List<ReportingLogin> list();

	/** Whether a role of that name exists in the cluster (any role, not only ours). */
	boolean roleExists(String role);

	/**
	 * Creates the login. Only its SCRAM verifier reaches the server.
	 * @param scope all distributors or one; never {@link DataScope#NONE}
	 */
	void create(String role, DataScope scope, String password);

	/** Replaces the password; the role's open sessions end. */
	void changePassword(String role, String password);

	/** Drops the role; its open sessions end. */
	void drop(String role);

	/** Where tools reach this database from outside, when they can. */
	Optional<Endpoint> endpoint();

	record ReportingLogin(String role, DataScope scope, OffsetDateTime createdAt) {
	}

	/**
	 * @param certificateFingerprint SHA-256 of the server's certificate, when known
	 */
	record Endpoint(String host, int port, String database, boolean sslRequired,
			@Nullable String certificateFingerprint) {
	}

}
