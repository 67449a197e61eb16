package com.sellout.portal.database.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ReportingLogins;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReportingLogins} through the owner's functions of
 * {@code db/migration/database/V13_20}; where tools connect from the embedded server's
 * settings or, for an external database, from {@code portal.database.public-host}.
 */
@Component
class ReportingLoginRoles implements ReportingLogins {

	private final JdbcClient jdbc;

	private final DatabaseProperties properties;

	private final ObjectProvider<EmbeddedDatabaseServer> embedded;

	private final Environment environment;

	ReportingLoginRoles(JdbcClient jdbc, DatabaseProperties properties, ObjectProvider<EmbeddedDatabaseServer> embedded,
			Environment environment) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.embedded = embedded;
		this.environment = environment;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean manageable() {
		// the functions run as their owner: it needs CREATEROLE (and makes the group)
		return jdbc.sql("""
				select r.rolcreaterole from pg_roles r join pg_proc p on p.proowner = r.oid
				 where p.oid = 'reporting.create_login(text, text, bigint)'::regprocedure""")
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportingLogin> list() {
		return jdbc.sql("""
				select s.role::text, s.all_distributors, s.distributor_id, s.created_at
				  from reporting.role_scopes s order by s.created_at, s.role""")
			.query((rs, i) -> new ReportingLogin(rs.getString(1),
					rs.getBoolean(2) ? DataScope.ALL_DISTRIBUTORS : DataScope.distributor(rs.getLong(3)),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean roleExists(String role) {
		return jdbc.sql("select exists (select 1 from pg_roles where rolname = ?)")
			.param(role)
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional
	public void create(String role, DataScope scope, String password) {
		if (!scope.allDistributors() && !scope.isDistributor()) {
			throw new IllegalArgumentException("A reporting login sees all distributors or one, never none");
		}
		jdbc.sql("select reporting.create_login(?, ?, ?)")
			.params(role, ScramVerifier.of(password), scope.distributorId())
			.query((rs, i) -> 1)
			.single();
	}

	@Override
	@Transactional
	public void changePassword(String role, String password) {
		jdbc.sql("select reporting.change_password(?, ?)")
			.params(role, ScramVerifier.of(password))
			.query((rs, i) -> 1)
			.single();
	}

	@Override
	@Transactional
	public void drop(String role) {
		jdbc.sql("select reporting.drop_login(?)").param(role).query((rs, i) -> 1).single();
	}

	@Override
	public Optional<Endpoint> endpoint() {
		EmbeddedDatabaseServer server = embedded.getIfAvailable();
		if (server != null) {
			if (!properties.listensOutside()) {
				return Optional.empty();
			}
			return Optional
				.of(new Endpoint(embeddedHost(), properties.publicPort() > 0 ? properties.publicPort() : server.port(),
						EmbeddedDatabaseServer.DATABASE, true, server.certificateFingerprint().orElse(null)));
		}
		if (properties.publicHost().isBlank()) {
			return Optional.empty();
		}
		URI url = URI.create(environment.getProperty("spring.datasource.url", "jdbc:postgresql://localhost/")
			.substring("jdbc:".length()));
		int port = properties.publicPort() > 0 ? properties.publicPort() : url.getPort() > 0 ? url.getPort() : 5432;
		String database = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", "");
		return Optional
			.of(new Endpoint(properties.publicHost().strip(), port, database, true, configuredFingerprint()));
	}

	private String embeddedHost() {
		if (!properties.publicHost().isBlank()) {
			return properties.publicHost().strip();
		}
		String address = properties.listenAddress().strip();
		if (!address.equals("*") && !address.equals("0.0.0.0")) {
			return address;
		}
		try {
			return InetAddress.getLocalHost().getCanonicalHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	private @Nullable String configuredFingerprint() {
		if (properties.sslCertificate().isBlank() || properties.sslKey().isBlank()) {
			return null;
		}
		Path certificate = Path.of(properties.sslCertificate());
		return Files.isReadable(certificate)
				? ServerCertificate.configured(certificate, Path.of(properties.sslKey())).fingerprint() : null;
	}

}
