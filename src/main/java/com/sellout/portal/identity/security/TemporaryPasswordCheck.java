package com.sellout.portal.identity.security;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.TemporaryPasswords;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * After the right password (so it tells nothing to someone guessing): a temporary
 * password past its week no longer logs in anywhere, and over HTTP Basic (API, BI feed)
 * no temporary password does — the person chooses their own at the web login first.
 */
final class TemporaryPasswordCheck implements UserDetailsChecker {

	private final TemporaryPasswords temporaries;

	private final boolean basic;

	private TemporaryPasswordCheck(TemporaryPasswords temporaries, boolean basic) {
		this.temporaries = temporaries;
		this.basic = basic;
	}

	/** The login form: an expired temporary password is refused, a live one logs in. */
	static TemporaryPasswordCheck forLoginForm(TemporaryPasswords temporaries) {
		return new TemporaryPasswordCheck(temporaries, false);
	}

	/** HTTP Basic: every temporary password is refused. */
	static TemporaryPasswordCheck forBasic(TemporaryPasswords temporaries) {
		return new TemporaryPasswordCheck(temporaries, true);
	}

	@Override
	public void check(UserDetails user) {
		if (!(user instanceof CurrentUser person)) {
			return;
		}
		if (basic ? temporaries.isTemporary(person.id()) : temporaries.hasExpired(person.id())) {
			throw new TemporaryPasswordException(basic);
		}
	}

	/** A temporary password where it does not open: expired, or over HTTP Basic. */
	static final class TemporaryPasswordException extends CredentialsExpiredException {

		private final boolean basic;

		TemporaryPasswordException(boolean basic) {
			super(basic ? "A temporary password: choose your own at the web login first"
					: "The temporary password has expired");
			this.basic = basic;
		}

		boolean overBasic() {
			return basic;
		}

	}

}
