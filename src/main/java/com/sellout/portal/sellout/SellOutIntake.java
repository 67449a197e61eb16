package com.sellout.portal.sellout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.sellout.internal.ReportIntake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one door through which every channel (portal upload, API, 1C exchange, FTP, e-mail)
 * hands a sell-out file over, so that what a file must be is checked in one place: a
 * known size above {@code portal.sellout.max-file-size} or no bytes at all are refused
 * before anything is stored (a stream is cut at the limit while it is stored), and what
 * the file is gets told once, from its first bytes, and carried with the report to its
 * processing. The {@link Sender} comes from the channel, which knows the account it
 * authenticated; the door opens the data scope of the sender's distributor itself and
 * never asks the thread who is sending.
 */
@Service
@EnableConfigurationProperties(SellOutSettings.class)
public class SellOutIntake {

	private final ReportIntake intake;

	private final SellOutReports reports;

	private final ScopedTransactions transactions;

	private final IntegrationAccounts integrations;

	private final long maxFileSize;

	SellOutIntake(ReportIntake intake, SellOutReports reports, ScopedTransactions transactions,
			IntegrationAccounts integrations, SellOutSettings settings) {
		this.intake = intake;
		this.reports = reports;
		this.transactions = transactions;
		this.integrations = integrations;
		this.maxFileSize = settings.maxFileSize().toBytes();
	}

	/**
	 * What the door did with a file: its report (new, or the one these bytes or this
	 * idempotency key made before), whether it is new, whether a report rejected for a
	 * failure of ours is processed once more, and when it is processed (on this node; a
	 * report made before is complete already).
	 */
	public record Delivered(long reportId, boolean created, boolean retried, CompletableFuture<Void> processed) {

		static Delivered of(ReportIntake.Receipt receipt) {
			return new Delivered(receipt.reportId(), receipt.created(), receipt.retried(), receipt.done());
		}

	}

	/** The same with the report as it stood when the caller stopped waiting. */
	public record Received(SellOutReport report, boolean created, boolean retried, CompletableFuture<Void> processed) {
	}

	/** The largest file taken, in bytes. */
	public long maxFileSize() {
		return maxFileSize;
	}

	/**
	 * The sender an account is when it sends for a distributor on a channel: an
	 * integration account delivers as it is set up to (whole periods or documents), a
	 * person always whole periods.
	 */
	public Sender sender(CurrentUser account, long distributorId, Channel channel) {
		boolean incremental = account.role() == Role.INTEGRATION
				&& transactions.callAs(DataScope.distributor(distributorId),
						() -> integrations.deliveryMode(account.id())) == IntegrationAccounts.DeliveryMode.INCREMENTAL;
		return Sender.of(account, distributorId, channel,
				incremental ? Sender.Delivery.INCREMENTAL : Sender.Delivery.SNAPSHOT);
	}

	/**
	 * Stores the file as a new report of the sender's distributor, or finds the one these
	 * bytes or this idempotency key made, and has it processed in the background.
	 * @throws FileRefusedException no bytes, or more than the limit
	 * ({@link FileTooLargeException})
	 * @throws AccessDeniedException a distributor's account sending for another
	 * distributor
	 * @throws IdempotencyKeyReusedException the key came before with other bytes
	 */
	public Delivered receive(IncomingFile file, Sender sender) {
		if (!sender.sendsForOwnDistributor()) {
			throw new AccessDeniedException("Account " + sender.login() + " sends for its own distributor only");
		}
		if (file.size() == 0) {
			throw FileRefusedException.empty();
		}
		long limit = limitFor(sender);
		if (file.size() > limit) {
			throw new FileTooLargeException(limit);
		}
		return DataScopes.callAs(DataScope.distributor(sender.distributorId()),
				() -> Delivered.of(intake.receive(file, sender, limit)));
	}

	/**
	 * What a sender may send: {@code portal.sellout.max-file-size} for every account of
	 * every channel; the portal itself (a test of the pipeline, a benchmark; no account)
	 * only the readers' own limit.
	 */
	private long limitFor(Sender sender) {
		return sender.accountId() == null ? TableReader.MAX_BYTES : maxFileSize;
	}

	/**
	 * Receives the file and waits up to {@code wait} for its processing: for the channels
	 * that answer with the outcome.
	 */
	public Received receive(IncomingFile file, Sender sender, Duration wait) {
		Delivered delivered = receive(file, sender);
		ProcessingWait.await(delivered.processed(), wait);
		SellOutReport report = transactions.callAs(DataScope.distributor(sender.distributorId()),
				() -> reports.get(delivered.reportId()));
		return new Received(report, delivered.created(), delivered.retried(), delivered.processed());
	}

}
