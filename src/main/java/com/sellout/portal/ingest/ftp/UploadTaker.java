package com.sellout.portal.ingest.ftp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.sellout.Channel;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * The FTP drop's rules and its intake. Files may only be stored straight into {@code /in} (no
 * appends, resumes, renames or folders) and deleted from {@code /in} or {@code /out}. A file is
 * taken when its upload completed — the server answered 226 — and not before: a broken upload is
 * deleted, an empty file left alone. Taken means stored as a report and removed from {@code in/}; the
 * answer appears in {@code out/} when the report is processed.
 */
final class UploadTaker extends DefaultFtplet {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UploadTaker.class);

	private static final Set<String> REFUSED = Set.of("APPE", "STOU", "RNFR", "RNTO", "MKD", "XMKD", "RMD", "XRMD", "SITE");

	private final DeliveredFiles files;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final boolean requireTls;

	UploadTaker(DeliveredFiles files, DeliveryLog deliveries, IntegrationSender sender, boolean requireTls) {
		this.files = files;
		this.deliveries = deliveries;
		this.sender = sender;
		this.requireTls = requireTls;
	}

	@Override
	public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
		String command = request.getCommand().toUpperCase(Locale.ROOT);
		if (requireTls && !session.isSecure() && (command.equals("USER") || command.equals("PASS"))) {
			return refuse(session, 530, "TLS is required: send AUTH TLS first.");
		}
		if (REFUSED.contains(command)) {
			return refuse(session, 550, "Not allowed here: upload files into /in, read results from /out.");
		}
		if (command.equals("STOR")) {
			String path = path(session, request);
			if (path == null || !parentOf(path).equals("/in")) {
				return refuse(session, 553, "Files go straight into /in.");
			}
			if (session.getFileOffset() > 0) {
				return refuse(session, 550, "Resumed uploads are not taken: send the whole file again.");
			}
		}
		if (command.equals("DELE")) {
			String path = path(session, request);
			if (path == null || !(parentOf(path).equals("/in") || parentOf(path).equals("/out"))) {
				return refuse(session, 550, "Only files in /in and /out can be deleted.");
			}
		}
		return FtpletResult.DEFAULT;
	}

	@Override
	public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply) throws FtpException, IOException {
		if (request.getCommand().equalsIgnoreCase("STOR") && request.hasArgument()) {
			FtpFile file = session.getFileSystemView().getFile(request.getArgument());
			if (file.getPhysicalFile() instanceof File physical) {
				if (reply.getCode() == FtpReply.REPLY_226_CLOSING_DATA_CONNECTION) {
					take(session.getUser().getName(), physical);
				}
				else if (reply.getCode() >= 400 && parentOf(file.getAbsolutePath()).equals("/in")) {
					// a broken or cut-off upload leaves nothing behind: resumes are not taken anyway
					Files.deleteIfExists(physical.toPath());
				}
			}
		}
		return FtpletResult.DEFAULT;
	}

	private void take(String login, File physical) throws IOException {
		String name = physical.getName();
		long size = physical.length();
		if (size == 0) {
			log.info("FTP: empty {} from {} left alone", name, login);
			return;
		}
		CurrentUser account = sender.load(login);
		DeliveredFiles.Outcome outcome = size > files.maxFileSize()
				? DeliveredFiles.Outcome.refused(name, "reading.tooLarge", files.maxFileSize() / 1024 / 1024)
				: files.receive(account, Channel.FTP, name, physical.toPath(), null);
		deliveries.record(new DeliveryLog.NewDelivery(account.distributorId(), Channel.FTP.name(), login, null, null,
				DeliveryStatus.RECEIVED, null, login, name), List.of(outcome));
		Files.deleteIfExists(physical.toPath());
		log.info("FTP: {} ({} bytes) from {} taken as report {}", name, size, login, outcome.reportId());
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

	private static FtpletResult refuse(FtpSession session, int code, String message) throws FtpException {
		session.write(new DefaultFtpReply(code, message));
		return FtpletResult.SKIP;
	}

}
