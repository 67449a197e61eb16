package com.sellout.portal.odata.reporting;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ReportingLogins;
import com.sellout.portal.database.ReportingLogins.ReportingLogin;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.odata.ReportingDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting roles as the manufacturer's administrator manages them: named
 * {@code reporting_<distributor code | all>_<n>}, each with a generated password shown
 * once, audited. Only the manufacturer's administrator creates, regenerates and drops
 * them — a role for all distributors is the manufacturer's, and a distributor's role is a
 * credential to the manufacturer's database, handed over like its other accesses; a
 * distributor's administrator sees its own roles and where to connect.
 */
@Service
public class ReportingRoles implements ReportingDatabase {

	static final String SCHEMA = "reporting";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReportingLogins logins;

	private final Distributors distributors;

	private final AuditLog audit;

	ReportingRoles(ReportingLogins logins, Distributors distributors, AuditLog audit) {
		this.logins = logins;
		this.distributors = distributors;
		this.audit = audit;
	}

	@Override
	public Connection connection() {
		return logins.endpoint()
			.map(endpoint -> new Connection(true, endpoint.host(), endpoint.port(), endpoint.database(), SCHEMA,
					endpoint.sslRequired(), endpoint.certificateFingerprint()))
			.orElse(new Connection(false, "", 0, "", SCHEMA, true, null));
	}

	/** Whether the current user may create, regenerate and drop roles here. */
	public boolean manages() {
		return CurrentUser.get().map(CurrentUser::isAdmin).orElse(false) && logins.manageable();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportingRole> roles() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!user.isManufacturer() && user.distributorId() == null) {
			return List.of();
		}
		Map<Long, Distributor> byId = distributors.all()
			.stream()
			.collect(Collectors.toMap(Distributor::id, Function.identity()));
		return logins.list()
			.stream()
			.filter(login -> user.isManufacturer() || user.distributorId().equals(login.scope().distributorId()))
			.map(login -> role(login, byId))
			.toList();
	}

	@Override
	@Transactional
	public Credentials create(@Nullable Long distributorId) {
		requireAdmin();
		Distributor distributor = distributorId == null ? null : distributors.get(distributorId);
		String name = freeName(distributor == null ? "all" : distributor.code());
		String password = password();
		DataScope scope = distributor == null ? DataScope.ALL_DISTRIBUTORS : DataScope.distributor(distributor.id());
		logins.create(name, scope, password);
		audit.record(AuditAction.REPORTING_ROLE_CREATED, "reporting_role", name, distributorId,
				distributor == null ? "all distributors" : distributor.code());
		return new Credentials(find(name), password);
	}

	@Override
	@Transactional
	public Credentials regeneratePassword(String role) {
		requireAdmin();
		ReportingRole existing = find(role);
		String password = password();
		logins.changePassword(existing.name(), password);
		audit.record(AuditAction.REPORTING_ROLE_PASSWORD_CHANGED, "reporting_role", existing.name(),
				existing.distributorId(), null);
		return new Credentials(existing, password);
	}

	@Override
	@Transactional
	public void drop(String role) {
		requireAdmin();
		ReportingRole existing = find(role);
		logins.drop(existing.name());
		audit.record(AuditAction.REPORTING_ROLE_DROPPED, "reporting_role", existing.name(), existing.distributorId(),
				null);
	}

	private ReportingRole find(String name) {
		Map<Long, Distributor> byId = distributors.all()
			.stream()
			.collect(Collectors.toMap(Distributor::id, Function.identity()));
		return logins.list()
			.stream()
			.filter(login -> login.role().equals(name))
			.findFirst()
			.map(login -> role(login, byId))
			.orElseThrow(() -> new UnknownReportingRole(name));
	}

	private static ReportingRole role(ReportingLogin login, Map<Long, Distributor> distributors) {
		Long id = login.scope().distributorId();
		Distributor distributor = id == null ? null : distributors.get(id);
		return new ReportingRole(login.role(), id, distributor == null ? null : distributor.name(), login.createdAt());
	}

	/** reporting_alfa_1, reporting_alfa_2, … : the first free in the whole cluster. */
	private String freeName(String code) {
		String stem = "reporting_" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		stem = stem.length() > 50 ? stem.substring(0, 50) : stem;
		for (int n = 1;; n++) {
			String name = stem + "_" + n;
			if (!logins.roleExists(name)) {
				return name;
			}
		}
	}

	private static void requireAdmin() {
		if (!CurrentUser.get().map(CurrentUser::isAdmin).orElse(false)) {
			throw new AccessDeniedException("Only the manufacturer's administrator manages reporting roles");
		}
	}

	/**
	 * 32 characters of base64url: 192 random bits, nothing to escape in a connection
	 * string.
	 */
	private static String password() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
