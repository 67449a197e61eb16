package com.sellout.portal.ingest.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.SellOutReports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Hands a delivered file to the sell-out pipeline as the account that sent it: stored at once,
 * processed in the background. The same bytes (or the same idempotency key) give back the report
 * they made before.
 */
@Component
public class DeliveredFiles {

	/** The kinds of file a channel takes; anything else (a logo, a signature, a PDF) is left out. */
	public static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv", "txt", "xml", "json", "zip");

	private final SellOutReports reports;

	private final IntegrationSender sender;

	private final long maxFileSize;

	DeliveredFiles(SellOutReports reports, IntegrationSender sender,
			@Value("${portal.sellout.max-file-size:256MB}") DataSize maxFileSize) {
		this.reports = reports;
		this.sender = sender;
		this.maxFileSize = maxFileSize.toBytes();
	}

	/**
	 * What became of a file.
	 * @param refusal        why it made no report (a message key), or null
	 * @param refusalArgument the message's argument, or null
	 * @param processed      completes when its report is processed
	 */
	public record Outcome(String fileName, Long reportId, boolean newReport, String refusal, Object refusalArgument,
			CompletableFuture<Void> processed) {

		public static Outcome refused(String fileName, String refusal, Object argument) {
			return new Outcome(fileName, null, false, refusal, argument, CompletableFuture.completedFuture(null));
		}

	}

	public long maxFileSize() {
		return maxFileSize;
	}

	public static boolean isTaken(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** A file on disk (an FTP upload), streamed into the database. */
	public Outcome receive(CurrentUser account, Channel channel, String fileName, java.nio.file.Path file,
			String idempotencyKey) throws java.io.IOException {
		long size = java.nio.file.Files.size(file);
		if (size == 0) {
			return Outcome.refused(fileName, "reading.empty", null);
		}
		if (size > maxFileSize) {
			return Outcome.refused(fileName, "reading.tooLarge", maxFileSize / 1024 / 1024);
		}
		try (java.io.InputStream content = java.nio.file.Files.newInputStream(file)) {
			SellOutReports.Received received = sender.callAs(account, () -> reports.receive(account.distributorId(),
					channel, fileName, null, content, maxFileSize, null, idempotencyKey, Duration.ZERO));
			return new Outcome(fileName, received.report().id(), received.created(), null, null, received.processed());
		}
		catch (com.sellout.portal.sellout.FileTooLargeException grew) {
			return Outcome.refused(fileName, "reading.tooLarge", maxFileSize / 1024 / 1024);
		}
	}

	public Outcome receive(CurrentUser account, Channel channel, String fileName, byte[] content, String idempotencyKey) {
		if (content.length == 0) {
			return Outcome.refused(fileName, "reading.empty", null);
		}
		if (content.length > maxFileSize) {
			return Outcome.refused(fileName, "reading.tooLarge", maxFileSize / 1024 / 1024);
		}
		SellOutReports.Received received = sender.callAs(account, () -> reports.receive(account.distributorId(), channel,
				fileName, null, content, null, idempotencyKey, Duration.ZERO));
		return new Outcome(fileName, received.report().id(), received.created(), null, null, received.processed());
	}

}
