package com.sellout.portal.odata;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The SQL reporting schema for tools that read PostgreSQL (Yandex DataLens, Visiology,
 * Power BI's PostgreSQL connector): the {@code reporting} views and the login roles that
 * may read only them, each scoped to all distributors or one through
 * {@code reporting.role_scopes}. Managed by the manufacturer's administrator.
 */
public interface ReportingDatabase {

	/** How a tool connects, or that connecting from outside is not enabled. */
	Connection connection();

	/**
	 * The reporting roles the current user may see: all for the manufacturer, its own for
	 * a distributor.
	 */
	List<ReportingRole> roles();

	/**
	 * Creates a login role for all distributors ({@code distributorId} null) or one; the
	 * password is in the answer only.
	 */
	Credentials create(@Nullable Long distributorId);

	/** A new password for the role, shown once; the old one stops working. */
	Credentials regeneratePassword(String role);

	/** Drops the role; its sessions end. */
	void drop(String role);

	/**
	 * @param enabled whether the database accepts reporting logins from outside
	 * ({@code PORTAL_DATABASE_LISTEN_ADDRESS} for the embedded one, the operator's setup
	 * for an external one)
	 * @param host what tools put in "server"
	 * @param sslRequired whether only TLS connections are accepted
	 * @param certificateFingerprint SHA-256 of the server certificate, for tools that pin
	 * it; null when unknown
	 */
	record Connection(boolean enabled, String host, int port, String database, String schema, boolean sslRequired,
			@Nullable String certificateFingerprint) {
	}

	record ReportingRole(String name, @Nullable Long distributorId, @Nullable String distributorName,
			OffsetDateTime createdAt) {
	}

	record Credentials(ReportingRole role, String password) {
	}

}
