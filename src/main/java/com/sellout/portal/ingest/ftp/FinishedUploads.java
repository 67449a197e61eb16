package com.sellout.portal.ingest.ftp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.ftpserver.ftplet.FtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads the server answered 226 for, not yet taken. A client that aborts a transfer
 * often closes the data connection first — which reads as the end of the file — and sends
 * {@code ABOR} right after: so a finished upload is taken only when the session's next
 * command is not {@code ABOR}, when the session ends, or after {@link #GRACE} without a
 * command. An {@code ABOR} deletes it.
 */
final class FinishedUploads {

	private static final Logger log = LoggerFactory.getLogger(FinishedUploads.class);

	/**
	 * How long an ABOR may come after the data connection closed; clients send it at
	 * once.
	 */
	static final Duration GRACE = Duration.ofSeconds(2);

	private static final String ATTRIBUTE = "portal.finishedUpload";

	/**
	 * A file uploaded whole as far as the server saw, by whom, and the size its client
	 * announced.
	 */
	record Upload(String login, File physical, Long announced) {
	}

	/** What becomes of an upload once it is known not to be aborted. */
	interface Resolution {

		void resolve(Upload upload) throws IOException;

	}

	private final Resolution resolution;

	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "ftp-finished-uploads");
		thread.setDaemon(true);
		return thread;
	});

	FinishedUploads(Resolution resolution) {
		this.resolution = resolution;
	}

	/** An upload that just finished: taken later, unless the client aborts it. */
	void add(FtpSession session, Upload upload) {
		Pending pending = new Pending(upload);
		session.setAttribute(ATTRIBUTE, pending);
		pending.later = timer.schedule(pending::take, GRACE.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * The session's next command (or its end): an ABOR drops the finished upload,
	 * anything else takes it.
	 */
	void next(FtpSession session, String command) {
		if (session.getAttribute(ATTRIBUTE) instanceof Pending pending) {
			session.removeAttribute(ATTRIBUTE);
			if (command.equals("ABOR")) {
				pending.abort();
			}
			else {
				pending.take();
			}
		}
	}

	void close() {
		timer.shutdown();
	}

	private final class Pending {

		private final Upload upload;

		private final AtomicBoolean resolved = new AtomicBoolean();

		private volatile ScheduledFuture<?> later;

		Pending(Upload upload) {
			this.upload = upload;
		}

		void take() {
			if (!resolved.compareAndSet(false, true)) {
				return;
			}
			cancel();
			try {
				resolution.resolve(upload);
			}
			catch (IOException | RuntimeException ex) {
				log.error("FTP: {} from {} could not be taken", upload.physical().getName(), upload.login(), ex);
			}
		}

		void abort() {
			if (!resolved.compareAndSet(false, true)) {
				return;
			}
			cancel();
			try {
				Files.deleteIfExists(upload.physical().toPath());
				log.info("FTP: {} from {} aborted by the client, not taken", upload.physical().getName(),
						upload.login());
			}
			catch (IOException ex) {
				log.warn("FTP: the aborted {} could not be deleted", upload.physical(), ex);
			}
		}

		private void cancel() {
			ScheduledFuture<?> scheduled = later;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

	}

}
