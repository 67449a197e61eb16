package com.sellout.portal.ingest.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes deliveries into the log: the delivery, then each of its files with what it
 * became.
 */
@Component
public class DeliveryLog {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	/** Lazily: the channels' answers it runs may use this log. */
	private final ObjectProvider<DeliveryCompletion> completion;

	DeliveryLog(JdbcClient jdbc, ScopedTransactions transactions, ObjectProvider<DeliveryCompletion> completion) {
		this.completion = completion;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * A delivery to record.
	 *
	 * @param messageKey an e-mail's identity: a second delivery with the same key is not
	 * recorded
	 * @param resultPath where the FTP result goes (the file's name in {@code out/})
	 */
	public record NewDelivery(Long distributorId, String channel, String sender, String subject, String messageKey,
			DeliveryStatus status, String reason, String receivedBy, String resultPath) {
	}

	/**
	 * Records the delivery and its files; empty when a delivery with the same message key
	 * exists. It is answered when its last report is processed (an event), or now if its
	 * reports finished before it was recorded or it has none.
	 */
	public Optional<Long> record(NewDelivery delivery, List<DeliveredFiles.Outcome> files) {
		Optional<Long> recorded = store(delivery, files);
		if (delivery.status() == DeliveryStatus.RECEIVED) {
			recorded.ifPresent(id -> completion.getObject().answerIfReady(id));
		}
		return recorded;
	}

	private Optional<Long> store(NewDelivery delivery, List<DeliveredFiles.Outcome> files) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Optional<Long> id = jdbc
				.sql("""
						insert into deliveries (distributor_id, channel, sender, subject, message_key, status, reason, received_by,
						                        result_path, completed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)
						on conflict do nothing returning id""")
				.params(delivery.distributorId(), delivery.channel(), cut(delivery.sender(), 500),
						cut(delivery.subject(), 500), delivery.messageKey(), delivery.status().name(),
						delivery.reason(), delivery.receivedBy(), delivery.resultPath(),
						delivery.status() == DeliveryStatus.QUARANTINED)
				.query(Long.class)
				.optional();
			id.ifPresent(deliveryId -> storeFiles(deliveryId, delivery.distributorId(), files));
			return id;
		});
	}

	private void storeFiles(long deliveryId, Long distributorId, List<DeliveredFiles.Outcome> files) {
		int position = 0;
		for (DeliveredFiles.Outcome file : files) {
			jdbc.sql(
					"""
							insert into delivery_files (delivery_id, position, distributor_id, file_name, report_id, new_report, refusal)
							values (?, ?, ?, ?, ?, ?, ?)""")
				.params(deliveryId, position++, distributorId, cut(file.fileName(), 500), file.reportId(),
						file.newReport(),
						file.refusal() == null ? null : Delivery.Refusal.store(file.refusal(), file.refusalArgument()))
				.update();
		}
	}

	/**
	 * Gives a quarantined delivery to a distributor with the files its message made,
	 * received by that account; it is then answered like any delivery. False when it is
	 * no longer quarantined.
	 */
	public boolean release(long deliveryId, long distributorId, String receivedBy, List<DeliveredFiles.Outcome> files) {
		boolean released = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			int updated = jdbc
				.sql("""
						update deliveries set distributor_id = ?, status = 'RECEIVED', reason = null, received_by = ?, completed_at = null
						 where id = ? and status = 'QUARANTINED'""")
				.params(distributorId, receivedBy, deliveryId)
				.update();
			if (updated == 1) {
				storeFiles(deliveryId, distributorId, files);
			}
			return updated == 1;
		});
		if (released) {
			completion.getObject().answerIfReady(deliveryId);
		}
		return released;
	}

	/** Marks a quarantined delivery discarded; false when it is no longer quarantined. */
	public boolean discard(long deliveryId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql(
				"update deliveries set status = 'DISCARDED', completed_at = now() where id = ? and status = 'QUARANTINED'")
			.param(deliveryId)
			.update() == 1);
	}

	/** Whether an e-mail with this key has been recorded already. */
	public boolean knows(String messageKey) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select count(*) from deliveries where channel = 'EMAIL' and message_key = ?")
					.param(messageKey)
					.query(Long.class)
					.single() > 0);
	}

	static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
