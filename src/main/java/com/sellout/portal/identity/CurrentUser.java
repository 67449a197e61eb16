package com.sellout.portal.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.database.DataScope;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: who they are, their role and the distributor they work for (if
 * any).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String login;

	private final String name;

	private final Role role;

	private final Long distributorId;

	private final String distributorCode;

	private final String distributorName;

	private final String language;

	private final boolean enabled;

	/**
	 * The user's access version when this session began: a later one ends it (see
	 * {@link AccessRevocation}).
	 */
	private final int accessVersion;

	private String passwordHash;

	public CurrentUser(long id, String login, String name, Role role, Long distributorId, String distributorCode,
			String distributorName, String language, boolean enabled, int accessVersion, String passwordHash) {
		this.id = id;
		this.login = login;
		this.name = name;
		this.role = role;
		this.distributorId = distributorId;
		this.distributorCode = distributorCode;
		this.distributorName = distributorName;
		this.language = language;
		this.enabled = enabled;
		this.accessVersion = accessVersion;
		this.passwordHash = passwordHash;
	}

	/**
	 * The same user as of another access version: the session that made the change goes
	 * on.
	 */
	public CurrentUser withAccessVersion(int version) {
		return new CurrentUser(id, login, name, role, distributorId, distributorCode, distributorName, language,
				enabled, version, null);
	}

	/** The logged-in user of this thread, if any. */
	public static Optional<CurrentUser> get() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
	}

	public DataScope scope() {
		return role.isManufacturer() ? DataScope.ALL_DISTRIBUTORS : DataScope.distributor(distributorId);
	}

	public long id() {
		return id;
	}

	public String login() {
		return login;
	}

	public String name() {
		return name;
	}

	public Role role() {
		return role;
	}

	public Long distributorId() {
		return distributorId;
	}

	public String distributorCode() {
		return distributorCode;
	}

	public String distributorName() {
		return distributorName;
	}

	public String language() {
		return language;
	}

	public int accessVersion() {
		return accessVersion;
	}

	public boolean isManufacturer() {
		return role.isManufacturer();
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/**
	 * May manage users: the manufacturer's admin (all) or a distributor's admin (its
	 * own).
	 */
	public boolean canManageUsers() {
		return role == Role.ADMIN || role == Role.DISTRIBUTOR_ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(role.authority()));
		authorities.add(new SimpleGrantedAuthority(role.isManufacturer() ? "ROLE_MANUFACTURER" : "ROLE_DISTRIBUTOR"));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return login;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + login + ", " + role + "]";
	}

}
