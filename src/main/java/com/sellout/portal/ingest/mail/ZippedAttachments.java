package com.sellout.portal.ingest.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.mail.MailAttachments.Attachment;
import com.sellout.portal.shared.ZipArchives;

/**
 * The files inside an attached ZIP, each taken or refused like an attachment of its own;
 * a ZIP inside the ZIP is refused (one level is what distributors send), and a ZIP that
 * cannot be opened is listed as refused under its own name.
 */
final class ZippedAttachments {

	private ZippedAttachments() {
	}

	static List<Attachment> unpack(String name, byte[] content, long maxFileSize) {
		List<Attachment> found = new ArrayList<>();
		try {
			for (ZipArchives.Entry entry : ZipArchives.entries(name, content, maxFileSize)) {
				found
					.add(DeliveredFiles.isTaken(entry.name()) && !entry.name().toLowerCase(Locale.ROOT).endsWith(".zip")
							? Attachment.taken(entry.name(), entry.content())
							: Attachment.refused(entry.name(), "delivery.unsupportedFile"));
			}
		}
		catch (ZipArchives.Refused refused) {
			return List.of(Attachment.refused(name, refused.messageKey()));
		}
		return found;
	}

}
