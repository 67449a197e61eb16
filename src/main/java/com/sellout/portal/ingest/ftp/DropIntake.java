package com.sellout.portal.ingest.ftp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of an upload once it is known to be finished and not aborted: a done
 * marker takes the file it names; a file that can be told to be cut is refused (its
 * answer says why); a file of an account that uses markers waits for its marker; any
 * other file is taken — stored as a report and removed from {@code in/}. One account's
 * files are resolved one at a time. A file put into {@code in/stock/} is a stock report
 * (its kind is not told from its content) and is answered in {@code out/stock/}; one in
 * {@code in/} is whatever its content is.
 */
final class DropIntake {

	/** The sub-folder of {@code in/} and {@code out/} for stock reports. */
	static final String STOCK = "stock";

	private static final Logger log = LoggerFactory.getLogger(DropIntake.class);

	private final DeliveredFiles files;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final DoneMarkers markers;

	/**
	 * Files being written now, so that a marker arriving meanwhile does not take half of
	 * one.
	 */
	private final Set<Path> uploading = ConcurrentHashMap.newKeySet();

	private final ConcurrentHashMap<String, Object> accountLocks = new ConcurrentHashMap<>();

	DropIntake(DeliveredFiles files, DeliveryLog deliveries, IntegrationSender sender, DoneMarkers markers) {
		this.files = files;
		this.deliveries = deliveries;
		this.sender = sender;
		this.markers = markers;
	}

	/** A STOR into this file began. */
	void started(File physical) {
		uploading.add(physical.toPath());
	}

	/** The STOR into this file ended, whole or not. */
	void ended(File physical) {
		uploading.remove(physical.toPath());
	}

	/**
	 * A finished upload: a marker, a file refused as cut, a file waiting for its marker,
	 * or a file taken.
	 */
	void resolve(FinishedUploads.Upload upload) throws IOException {
		synchronized (accountLocks.computeIfAbsent(upload.login(), login -> new Object())) {
			File physical = upload.physical();
			if (!physical.isFile()) {
				return;
			}
			if (DoneMarkers.isMarker(physical.getName())) {
				markers.noteUsed(upload.login());
				File marked = new File(physical.getParentFile(), DoneMarkers.markedFile(physical.getName()));
				if (!uploading.contains(marked.toPath())) {
					// else its file is still arriving, and finds the marker when it has
					Files.deleteIfExists(physical.toPath());
					if (marked.isFile()) {
						takeUnlessCut(upload.login(), marked, null, true);
					}
				}
				return;
			}
			takeUnlessCut(upload.login(), physical, upload.announced(), false);
		}
	}

	private void takeUnlessCut(String login, File physical, Long announced, boolean marked) throws IOException {
		String name = physical.getName();
		Optional<CutFiles.Cut> cut = physical.length() == 0 ? Optional.empty()
				: CutFiles.check(physical.toPath(), name, announced);
		if (cut.isPresent()) {
			log.info("FTP: {} from {} refused as cut ({})", name, login, cut.get().key());
			record(login, physical, DeliveredFiles.Outcome.refused(name, cut.get().key(), cut.get().argument()));
			Files.deleteIfExists(physical.toPath());
			return;
		}
		Path marker = physical.toPath().resolveSibling(name + DoneMarkers.SUFFIX);
		if (!marked && markers.used(login) && !Files.exists(marker)) {
			log.info("FTP: {} from {} waits for its {}", name, login, marker.getFileName());
			return;
		}
		Files.deleteIfExists(marker);
		take(login, physical);
	}

	private void take(String login, File physical) throws IOException {
		String name = physical.getName();
		long size = physical.length();
		if (size == 0) {
			log.info("FTP: empty {} from {} left alone", name, login);
			return;
		}
		CurrentUser account = sender.load(login);
		// the size limit is the sell-out door's: a file above it is an outcome refused
		// with its reason
		DeliveredFiles.Outcome outcome = files.receive(account, Channel.FTP, name, physical.toPath(), null,
				isStock(physical) ? ReportKind.STOCK : null);
		record(login, physical, outcome);
		Files.deleteIfExists(physical.toPath());
		log.info("FTP: {} ({} bytes) from {} taken as report {}", name, size, login, outcome.reportId());
	}

	/**
	 * Records the delivery; its answer goes where the file came from ({@code out/} or
	 * {@code out/stock/}).
	 */
	private void record(String login, File physical, DeliveredFiles.Outcome outcome) {
		CurrentUser account = sender.load(login);
		String name = physical.getName();
		deliveries.record(
				new DeliveryLog.NewDelivery(account.distributorId(), Channel.FTP.name(), login, null, null,
						DeliveryStatus.RECEIVED, null, login, isStock(physical) ? STOCK + "/" + name : name),
				List.of(outcome));
	}

	/** Whether the file was put into {@code in/stock/}. */
	static boolean isStock(File physical) {
		File folder = physical.getParentFile();
		return folder != null && folder.getName().equals(STOCK) && folder.getParentFile() != null
				&& folder.getParentFile().getName().equals("in");
	}

}
