package com.sellout.portal.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutIntake;

import org.springframework.stereotype.Component;

/**
 * Hands a delivered file to the sell-out door with the account that sent it as its
 * sender: stored at once, processed in the background; what the door refuses (no bytes,
 * too large) is the file's outcome with its reason. The same bytes (or the same
 * idempotency key) give back the report they made before.
 */
@Component
public class DeliveredFiles {

	/**
	 * The kinds of file a channel takes; anything else (a logo, a signature, a PDF) is
	 * left out.
	 */
	public static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv", "txt", "xml", "json", "zip");

	private final SellOutIntake intake;

	DeliveredFiles(SellOutIntake intake) {
		this.intake = intake;
	}

	/**
	 * What became of a file.
	 *
	 * @param refusal why it made no report (a message key), or null
	 * @param refusalArgument the message's argument, or null
	 * @param processed completes when its report is processed
	 */
	public record Outcome(String fileName, Long reportId, boolean newReport, String refusal, Object refusalArgument,
			CompletableFuture<Void> processed) {

		public static Outcome refused(String fileName, String refusal, Object argument) {
			return new Outcome(fileName, null, false, refusal, argument, CompletableFuture.completedFuture(null));
		}

	}

	public long maxFileSize() {
		return intake.maxFileSize();
	}

	public static boolean isTaken(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** A file on disk (an FTP upload), streamed into the database. */
	public Outcome receive(CurrentUser account, Channel channel, String fileName, Path file, String idempotencyKey)
			throws IOException {
		return receive(account, channel, fileName, file, idempotencyKey, null);
	}

	/**
	 * A file on disk of the kind its sender said by where it put it (FTP's
	 * {@code in/stock/}: stock); null: told by its content.
	 */
	public Outcome receive(CurrentUser account, Channel channel, String fileName, Path file, String idempotencyKey,
			ReportKind kind) throws IOException {
		return receive(account, channel,
				IncomingFile.of(fileName, null, file).withIdempotencyKey(idempotencyKey).ofKind(kind));
	}

	public Outcome receive(CurrentUser account, Channel channel, String fileName, byte[] content,
			String idempotencyKey) {
		return receive(account, channel, IncomingFile.of(fileName, null, content).withIdempotencyKey(idempotencyKey));
	}

	/**
	 * The file handed to the sell-out door as the account's, for its own distributor; a
	 * refusal is the file's outcome.
	 */
	private Outcome receive(CurrentUser account, Channel channel, IncomingFile file) {
		try {
			SellOutIntake.Delivered delivered = intake.receive(file,
					intake.sender(account, account.distributorId(), channel));
			return new Outcome(file.name(), delivered.reportId(), delivered.created(), null, null,
					delivered.processed());
		}
		catch (FileRefusedException refused) {
			Object[] arguments = refused.arguments();
			return Outcome.refused(file.name(), refused.messageKey(), arguments.length == 0 ? null : arguments[0]);
		}
	}

}
