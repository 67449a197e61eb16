package com.sellout.portal.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Links by e-mail that let a person choose a password: a reset they asked for on the
 * login page (valid an hour) or an invitation from an administrator (valid a week). The
 * token is shown only in the mail; the portal keeps its SHA-256, and a link works once.
 */
@Service
public class PasswordLinks {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	/** At most this many reset links per person an hour: asking more sends nothing. */
	static final int RESETS_PER_HOUR = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A person of a deactivated distributor holds no working link either. */
	private static final String OF_ACTIVE_DISTRIBUTOR = " and not exists (select 1 from distributor_directory d where d.id = u.distributor_id and not d.active)";

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Outbox outbox;

	private final MailSettings mail;

	private final MessageSource messages;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final AccessRevocation access;

	PasswordLinks(JdbcClient jdbc, ScopedTransactions transactions, Outbox outbox, MailSettings mail,
			MessageSource messages, PasswordEncoder passwordEncoder, AuditLog auditLog, AccessRevocation access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.mail = mail;
		this.messages = messages;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.access = access;
	}

	private record Person(long id, String login, String name, String email, Long distributorId, String language) {
	}

	/** Why a link exists. */
	public enum Purpose {

		RESET, INVITATION

	}

	/** A valid link: whose it is and why. */
	public record Link(long userId, String login, Purpose purpose) {
	}

	/**
	 * Sends a reset link to the active person with this login or e-mail, if there is one
	 * with an e-mail. Answers nothing either way, so that nobody learns which logins
	 * exist.
	 */
	public void requestReset(String loginOrEmail) {
		if (loginOrEmail == null || loginOrEmail.isBlank() || loginOrEmail.length() > 255) {
			return;
		}
		String key = loginOrEmail.strip().toLowerCase(Locale.ROOT);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<Person> people = jdbc.sql("""
					select id, login, name, email, distributor_id, language from users
					 where active and role <> 'INTEGRATION' and email is not null and email <> ''
					   and (lower(login) = :key or lower(email) = :key)""")
				.param("key", key)
				.query(Person.class)
				.list();
			for (Person person : people) {
				long recent = jdbc.sql("""
						select count(*) from password_tokens
						 where user_id = ? and purpose = 'RESET' and created_at > now() - interval '1 hour'""")
					.param(person.id())
					.query(Long.class)
					.single();
				if (recent < RESETS_PER_HOUR) {
					send(person, Purpose.RESET, RESET_VALIDITY);
					auditLog.record(AuditAction.PASSWORD_RESET, person.login(), "user", person.id(),
							person.distributorId(), "link by e-mail");
				}
			}
		});
	}

	/**
	 * An administrator invites a user to choose their password; answers the address
	 * written to.
	 */
	public String invite(long userId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!actor.canManageUsers()) {
			throw new AccessDeniedException("Only administrators invite users");
		}
		return transactions.callAs(actor.scope(), () -> {
			Person person = jdbc
				.sql("select id, login, name, email, distributor_id, language from users where id = ? and active")
				.param(userId)
				.query(Person.class)
				.optional()
				.orElseThrow(NotFoundException::new);
			if (person.email() == null || person.email().isBlank()) {
				throw new UserRuleViolation("email", "password.invite.noEmail");
			}
			send(person, Purpose.INVITATION, INVITATION_VALIDITY);
			auditLog.record(AuditAction.USER_CHANGED, "user", person.id(), person.distributorId(),
					person.login() + ": invitation to " + person.email());
			return person.email();
		});
	}

	/**
	 * The link's owner, if the token is valid: known, unused, not expired, its user
	 * active.
	 */
	public Optional<Link> check(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("""
							select u.id, u.login, t.purpose from password_tokens t join users u on u.id = t.user_id
							 where t.token_hash = ? and t.used_at is null and t.expires_at > now() and u.active"""
							+ OF_ACTIVE_DISTRIBUTOR)
					.param(Sha256.hex(token))
					.query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), Purpose.valueOf(rs.getString(3))))
					.optional());
	}

	/**
	 * Sets the password through a link, which is then used up (with every other link of
	 * the person).
	 * @throws UserRuleViolation when the password breaks a {@link PasswordRules} rule
	 * @throws NotFoundException when the link is not valid
	 */
	public Link choosePassword(String token, String password) {
		PasswordRules.check("password", password, check(token).map(Link::login).orElse(null));
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Link link = jdbc
				.sql("""
						update password_tokens t set used_at = now() from users u
						 where t.token_hash = ? and t.used_at is null and t.expires_at > now() and u.id = t.user_id and u.active"""
						+ OF_ACTIVE_DISTRIBUTOR + " returning u.id, u.login, t.purpose")
				.param(Sha256.hex(token))
				.query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), Purpose.valueOf(rs.getString(3))))
				.optional()
				.orElseThrow(NotFoundException::new);
			jdbc.sql("update password_tokens set used_at = now() where user_id = ? and used_at is null")
				.param(link.userId())
				.update();
			jdbc.sql(
					"update users set password_hash = ?, password_temporary_until = null, updated_at = now() where id = ?")
				.params(passwordEncoder.encode(password), link.userId())
				.update();
			access.revoke(link.userId());
			auditLog.record(AuditAction.PASSWORD_CHANGED, link.login(), "user", link.userId(), null,
					"by e-mail link (" + link.purpose().name().toLowerCase(Locale.ROOT) + ")");
			return link;
		});
	}

	private void send(Person person, Purpose purpose, Duration validity) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into password_tokens (token_hash, user_id, distributor_id, purpose, expires_at)
				values (?, ?, ?, ?, now() + make_interval(secs => ?))""")
			.params(Sha256.hex(token), person.id(), person.distributorId(), purpose.name(),
					(double) validity.toSeconds())
			.update();
		Locale locale = Locale.forLanguageTag(person.language() == null ? "ru" : person.language());
		String prefix = purpose == Purpose.RESET ? "password.mail.reset." : "password.mail.invitation.";
		String link = mail.link("/password/" + token);
		String body = messages.getMessage(prefix + "body",
				new Object[] { person.name(), person.login(), link, validity.toHours() }, locale);
		outbox.queue(new OutgoingMail(purpose == Purpose.RESET ? MailKind.PASSWORD_RESET : MailKind.INVITATION,
				person.distributorId(), person.email(), messages.getMessage(prefix + "subject", null, locale), body,
				null));
	}

}
