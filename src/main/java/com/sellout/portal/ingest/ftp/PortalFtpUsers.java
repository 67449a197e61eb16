package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.TooManyFailedLogins;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * FTP logins are the portal's integration accounts, checked by the same authentication as
 * the web login and the API — throttled after failures, audited — and only integration
 * accounts get in. Each account is locked in its own home, {@code <root>/<login>}, with
 * {@code in/} and {@code out/}, and their {@code stock/} sub-folders for stock reports
 * made beforehand (the drop makes no folders on request). There is no anonymous login and
 * no way to list or change accounts over FTP.
 */
final class PortalFtpUsers implements UserManager {

	private final AuthenticationManager authentication;

	private final Path root;

	PortalFtpUsers(AuthenticationManager authentication, Path root) {
		this.authentication = authentication;
		this.root = root;
	}

	/**
	 * A PASS authenticated before the server ran it: its credentials and the account, or
	 * null when refused.
	 */
	private record Checked(String login, String password, User user) {
	}

	/**
	 * Commands of a session run on one thread, the ftplet's check just before the
	 * server's own PASS.
	 */
	private final ThreadLocal<Checked> checked = new ThreadLocal<>();

	/**
	 * Authenticates a PASS before the server runs it, so that a throttled login is told
	 * so (the server's own reply says only "Authentication failed"); the server's call
	 * then gets this outcome instead of a second attempt. Answers the minutes to wait
	 * when the login is throttled.
	 */
	OptionalLong check(String login, String password, InetAddress address) {
		checked.remove();
		if (login == null || password == null) {
			return OptionalLong.empty();
		}
		try {
			checked.set(new Checked(login, password, login(login, password, address)));
		}
		catch (Throttled throttled) {
			return OptionalLong.of(throttled.minutes);
		}
		catch (AuthenticationFailedException ex) {
			checked.set(new Checked(login, password, null));
		}
		return OptionalLong.empty();
	}

	/**
	 * Forgets a check the server did not use (it refused the PASS before authenticating).
	 */
	void forgetCheck() {
		checked.remove();
	}

	@Override
	public User authenticate(Authentication attempt) throws AuthenticationFailedException {
		if (!(attempt instanceof UsernamePasswordAuthentication credentials) || credentials.getUsername() == null
				|| credentials.getPassword() == null) {
			throw new AuthenticationFailedException("Only integration accounts log in");
		}
		Checked before = checked.get();
		checked.remove();
		if (before != null && before.login().equals(credentials.getUsername())
				&& before.password().equals(credentials.getPassword())) {
			if (before.user() == null) {
				throw new AuthenticationFailedException("Login refused");
			}
			return before.user();
		}
		return login(credentials.getUsername(), credentials.getPassword(),
				credentials.getUserMetadata() == null ? null : credentials.getUserMetadata().getInetAddress());
	}

	private User login(String login, String password, InetAddress from) throws AuthenticationFailedException {
		String address = from == null ? null : from.getHostAddress();
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(login,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		CurrentUser account;
		try {
			account = (CurrentUser) authentication.authenticate(token).getPrincipal();
		}
		catch (AuthenticationException ex) {
			if (ex instanceof TooManyFailedLogins throttled) {
				throw new Throttled(throttled.minutesToWait());
			}
			throw new AuthenticationFailedException("Login refused");
		}
		if (account.role() != Role.INTEGRATION || account.distributorId() == null) {
			throw new AuthenticationFailedException("Only integration accounts log in");
		}
		return user(account);
	}

	/** Refused by the throttle, for this long. */
	private static final class Throttled extends AuthenticationFailedException {

		private final long minutes;

		Throttled(long minutes) {
			super("Too many failed logins");
			this.minutes = minutes;
		}

	}

	/** The account's home, with its in/ and out/ folders and their stock/ ones made. */
	Path home(String login) {
		Path home = root.resolve(login.toLowerCase(Locale.ROOT)).normalize();
		if (!home.startsWith(root)) {
			throw new IllegalArgumentException("Bad login " + login);
		}
		try {
			Files.createDirectories(home.resolve("in").resolve(DropIntake.STOCK));
			Files.createDirectories(home.resolve("out").resolve(DropIntake.STOCK));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot make the FTP home of " + login, ex);
		}
		return home;
	}

	private User user(CurrentUser account) {
		AccountUser user = new AccountUser(account);
		user.setName(account.login());
		user.setEnabled(true);
		user.setHomeDirectory(home(account.login()).toString());
		user.setMaxIdleTime(0);
		user.setAuthorities(List.of(new WritePermission(), new ConcurrentLoginPermission(10, 10)));
		return user;
	}

	/**
	 * An FTP login: the account as it was when it logged in, to tell later whether its
	 * access has ended.
	 */
	static final class AccountUser extends BaseUser {

		private final CurrentUser account;

		AccountUser(CurrentUser account) {
			this.account = account;
		}

		CurrentUser account() {
			return account;
		}

	}

	@Override
	public User getUserByName(String name) {
		return null;
	}

	@Override
	public String[] getAllUserNames() {
		return new String[0];
	}

	@Override
	public void delete(String name) {
		throw new UnsupportedOperationException("Accounts are managed in the portal");
	}

	@Override
	public void save(User user) {
		throw new UnsupportedOperationException("Accounts are managed in the portal");
	}

	@Override
	public boolean doesExist(String name) {
		// every name may try: whether a login exists is not told
		return true;
	}

	@Override
	public String getAdminName() {
		return "";
	}

	@Override
	public boolean isAdmin(String name) {
		return false;
	}

}
