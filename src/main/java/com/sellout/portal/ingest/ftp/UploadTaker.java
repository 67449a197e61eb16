package com.sellout.portal.ingest.ftp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * The FTP drop's rules and its intake. Files may only be stored straight into {@code /in}
 * or its {@code /in/stock} (stock reports; no appends, resumes, renames or folders) and
 * deleted from those or from {@code /out} and {@code /out/stock}. A file is taken when
 * its upload completed — the server answered 226 and the client did not {@code ABOR} it
 * (see {@link FinishedUploads}); then {@link DropIntake} refuses it if it was cut
 * ({@link CutFiles}) or, with done markers ({@link DoneMarkers}), takes it only once its
 * marker arrived. A broken upload is deleted, an empty file left alone. Taken means
 * stored as a report and removed from {@code in/}; the answer appears in {@code out/}
 * when the report is processed, or at once when the file is refused as cut.
 */
final class UploadTaker extends DefaultFtplet {

	private static final Set<String> REFUSED = Set.of("APPE", "STOU", "RNFR", "RNTO", "MKD", "XMKD", "RMD", "XRMD",
			"SITE");

	/** Where files may be stored. */
	private static final Set<String> DROPS = Set.of("/in", "/in/" + DropIntake.STOCK);

	/** Where files may be deleted. */
	private static final Set<String> DELETABLE = Set.of("/in", "/in/" + DropIntake.STOCK, "/out",
			"/out/" + DropIntake.STOCK);

	/** Commands that open a data connection. */
	private static final Set<String> DATA = Set.of("STOR", "RETR", "LIST", "NLST", "MLSD", "APPE", "STOU");

	/** The size the client announced with ALLO, for its next STOR. */
	private static final String ANNOUNCED = "portal.announced";

	/** The STOR under way: its file and what was announced for it. */
	private static final String STORING = "portal.storing";

	private record Storing(File physical, Long announced) {
	}

	private final PortalFtpUsers users;

	private final boolean requireTls;

	private final DropIntake intake;

	private final FinishedUploads finished;

	private final RevokedLogins revoked;

	UploadTaker(DeliveredFiles files, DeliveryLog deliveries, IntegrationSender sender, PortalFtpUsers users, Path root,
			boolean requireTls, RevokedLogins revoked) {
		this.users = users;
		this.revoked = revoked;
		this.requireTls = requireTls;
		this.intake = new DropIntake(files, deliveries, sender, new DoneMarkers(root));
		this.finished = new FinishedUploads(intake::resolve);
	}

	@Override
	public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
		String command = request.getCommand().toUpperCase(Locale.ROOT);
		finished.next(session, command);
		if (requireTls && !session.isSecure() && (command.equals("USER") || command.equals("PASS"))) {
			return refuse(session, 530, "TLS is required: send AUTH TLS first.");
		}
		if (command.equals("PASS")) {
			OptionalLong wait = users.check(session.getUserArgument(), request.getArgument(),
					session.getClientAddress() == null ? null : session.getClientAddress().getAddress());
			if (wait.isPresent()) {
				long minutes = wait.getAsLong();
				return refuse(session, 530,
						"Too many failed logins, try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
			}
		}
		if (requireTls && command.equals("PROT")
				&& !"P".equalsIgnoreCase(String.valueOf(request.getArgument()).strip())) {
			return refuse(session, 534, "Only PROT P here: data connections must be protected too.");
		}
		if (requireTls && DATA.contains(command) && !session.getDataConnection().isSecure()) {
			return refuse(session, 521, "Data connections must be protected: send PBSZ 0 and PROT P first.");
		}
		if (REFUSED.contains(command)) {
			return refuse(session, 550,
					"Not allowed here: upload files into /in (stock into /in/stock), read results from /out.");
		}
		if (command.equals("ALLO")) {
			return announce(session, request.getArgument());
		}
		if (command.equals("STOR")) {
			Long announced = (Long) session.getAttribute(ANNOUNCED);
			session.removeAttribute(ANNOUNCED);
			String path = path(session, request);
			if (path == null || !DROPS.contains(parentOf(path))) {
				return refuse(session, 553, "Files go straight into /in (stock reports into /in/stock).");
			}
			if (session.getFileOffset() > 0) {
				return refuse(session, 550, "Resumed uploads are not taken: send the whole file again.");
			}
			if (session.getFileSystemView().getFile(request.getArgument()).getPhysicalFile() instanceof File physical) {
				intake.started(physical);
				session.setAttribute(STORING, new Storing(physical, announced));
			}
		}
		if (command.equals("DELE")) {
			String path = path(session, request);
			if (path == null || !DELETABLE.contains(parentOf(path))) {
				return refuse(session, 550, "Only files in /in and /out (and their /stock) can be deleted.");
			}
		}
		return FtpletResult.DEFAULT;
	}

	@Override
	public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply)
			throws FtpException, IOException {
		if (request.getCommand().equalsIgnoreCase("PASS")) {
			users.forgetCheck();
		}
		if (request.getCommand().equalsIgnoreCase("STOR") && session.getAttribute(STORING) instanceof Storing storing) {
			session.removeAttribute(STORING);
			intake.ended(storing.physical());
			if (reply.getCode() == FtpReply.REPLY_226_CLOSING_DATA_CONNECTION && revoked.revoked(session)) {
				// the account lost its access while the file was on its way: nothing of
				// it is taken
				Files.deleteIfExists(storing.physical().toPath());
				return FtpletResult.DISCONNECT;
			}
			if (reply.getCode() == FtpReply.REPLY_226_CLOSING_DATA_CONNECTION) {
				finished.add(session, new FinishedUploads.Upload(session.getUser().getName(), storing.physical(),
						storing.announced()));
			}
			else if (reply.getCode() >= 400) {
				// a broken or cut-off upload leaves nothing behind: resumes are not taken
				// anyway
				Files.deleteIfExists(storing.physical().toPath());
			}
		}
		return FtpletResult.DEFAULT;
	}

	@Override
	public FtpletResult onDisconnect(FtpSession session) {
		finished.next(session, "QUIT");
		return FtpletResult.DEFAULT;
	}

	/** Stops the timer of finished uploads. */
	void close() {
		finished.close();
	}

	/**
	 * {@code ALLO <size>} or {@code ALLO <size> R <record size>}: the size of the next
	 * file, which Apache FtpServer does not know; a shorter file is then refused as cut.
	 */
	private static FtpletResult announce(FtpSession session, String argument) throws FtpException {
		session.removeAttribute(ANNOUNCED);
		String size = argument == null ? "" : argument.strip().split("\\s+")[0];
		long bytes;
		try {
			bytes = Long.parseLong(size);
		}
		catch (NumberFormatException ex) {
			return refuse(session, 501, "ALLO wants the size of the next file in bytes.");
		}
		if (bytes < 0) {
			return refuse(session, 501, "ALLO wants the size of the next file in bytes.");
		}
		session.setAttribute(ANNOUNCED, bytes);
		return answer(session, 200, "ALLO " + bytes + ": the next file must have " + bytes + " bytes.");
	}

	private static String path(FtpSession session, FtpRequest request) throws FtpException {
		if (request.getArgument() == null || request.getArgument().isBlank()) {
			return null;
		}
		return session.getFileSystemView().getFile(request.getArgument()).getAbsolutePath();
	}

	private static String parentOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash <= 0 ? "/" : path.substring(0, slash);
	}

	/** Answers the command here: the server does not run it. */
	private static FtpletResult answer(FtpSession session, int code, String message) throws FtpException {
		session.write(new DefaultFtpReply(code, message));
		return FtpletResult.SKIP;
	}

	private static FtpletResult refuse(FtpSession session, int code, String message) throws FtpException {
		return answer(session, code, message);
	}

}
