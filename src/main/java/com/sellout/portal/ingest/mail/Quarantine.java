package com.sellout.portal.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.IntegrationAccounts.MailIdentity;
import com.sellout.portal.identity.Role;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Quarantined mail: kept with its original until the manufacturer's administrator
 * releases it to an integration account — the original is then processed as that
 * account's delivery, answered like any other — or discards it. A quarantined reply to a
 * conversation mail can only be discarded: released, a forged reply would become
 * sell-out. Both are audited; nobody else sees or touches quarantine.
 */
@Service
public class Quarantine {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final IntegrationAccounts integrations;

	private final IntegrationSender sender;

	private final DeliveryLog deliveries;

	private final MailAttachments attachments;

	private final AuditLog auditLog;

	Quarantine(JdbcClient jdbc, ScopedTransactions transactions, IntegrationAccounts integrations,
			IntegrationSender sender, DeliveryLog deliveries, DeliveredFiles files, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.integrations = integrations;
		this.sender = sender;
		this.deliveries = deliveries;
		this.attachments = new MailAttachments(files);
		this.auditLog = auditLog;
	}

	/** Keeps the original of a message just quarantined. */
	void keep(long deliveryId, MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		message.writeTo(original);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("insert into quarantined_mails (delivery_id, original) values (?, ?) on conflict do nothing")
					.params(deliveryId, original.toByteArray())
					.update());
	}

	/**
	 * Of these deliveries, the quarantined ones whose original is kept (those that can be
	 * discarded).
	 */
	public Set<Long> discardable(Collection<Long> deliveryIds) {
		return kept(deliveryIds).keySet();
	}

	/**
	 * Of these deliveries, those that can be released: quarantined with their original
	 * kept, and not replies to conversation mail.
	 */
	public Set<Long> releasable(Collection<Long> deliveryIds) {
		return kept(deliveryIds).entrySet()
			.stream()
			.filter(delivery -> !ReplyRecognition.isReplyQuarantine(delivery.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private record KeptReason(long deliveryId, String reason) {
	}

	/**
	 * The quarantined deliveries among these whose original is kept, with their reason.
	 */
	private Map<Long, String> kept(Collection<Long> deliveryIds) {
		if (deliveryIds.isEmpty() || !mayManage()) {
			return Map.of();
		}
		List<KeptReason> rows = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select q.delivery_id, d.reason from quarantined_mails q join deliveries d on d.id = q.delivery_id
				 where d.status = 'QUARANTINED' and q.delivery_id = any(?)""")
			.param(deliveryIds.toArray(Long[]::new))
			.query(KeptReason.class)
			.list());
		Map<Long, String> kept = new HashMap<>();
		rows.forEach(row -> kept.put(row.deliveryId(), row.reason()));
		return kept;
	}

	/** The accounts a message can be released to: every active integration account. */
	public List<MailIdentity> accounts() {
		administrator();
		return integrations.mailIdentities();
	}

	private record Kept(String messageKey, String sender, String reason, byte[] original) {
	}

	/**
	 * Processes the quarantined message as a delivery of that integration account;
	 * refused for a reply to a conversation mail.
	 */
	public void release(long deliveryId, long accountUserId) {
		CurrentUser admin = administrator();
		MailIdentity account = integrations.mailIdentities()
			.stream()
			.filter(a -> a.userId() == accountUserId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		Kept kept = transactions
			.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("""
								select d.message_key, d.sender, d.reason, q.original from deliveries d join quarantined_mails q on q.delivery_id = d.id
								 where d.id = ? and d.status = 'QUARANTINED'""")
						.param(deliveryId)
						.query(Kept.class)
						.optional())
			.orElseThrow(NotFoundException::new);
		if (ReplyRecognition.isReplyQuarantine(kept.reason())) {
			throw new RefusedException("mail.quarantine.replyNotReleasable");
		}
		List<DeliveredFiles.Outcome> outcomes;
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(kept.original()));
			outcomes = attachments.deliver(sender.load(account.login()), kept.messageKey(), message);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Quarantined message " + deliveryId + " cannot be read", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!deliveries.release(deliveryId, account.distributorId(), account.login(), outcomes)) {
			throw new NotFoundException();
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("delete from quarantined_mails where delivery_id = ?").param(deliveryId).update();
			auditLog.record(AuditAction.MAIL_RELEASED, "delivery", deliveryId, account.distributorId(),
					"from " + kept.sender() + " to " + account.login() + " by " + admin.login() + ", " + outcomes.size()
							+ " file(s)");
		});
	}

	/** Discards the quarantined message: listed as discarded, its original dropped. */
	public void discard(long deliveryId) {
		CurrentUser admin = administrator();
		if (!deliveries.discard(deliveryId)) {
			throw new NotFoundException();
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			String from = jdbc.sql("select sender from deliveries where id = ?")
				.param(deliveryId)
				.query(String.class)
				.single();
			jdbc.sql("delete from quarantined_mails where delivery_id = ?").param(deliveryId).update();
			auditLog.record(AuditAction.MAIL_DISCARDED, "delivery", deliveryId, null,
					"from " + from + " by " + admin.login());
		});
	}

	private static boolean mayManage() {
		return CurrentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
	}

	private static CurrentUser administrator() {
		return CurrentUser.get()
			.filter(user -> user.role() == Role.ADMIN)
			.orElseThrow(() -> new AccessDeniedException("Only the manufacturer's administrator handles quarantine"));
	}

}
