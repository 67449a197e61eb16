package com.sellout.portal.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A delivery by FTP or e-mail and what became of each of its files.
 *
 * @param sender  the FTP login or the mail's sender
 * @param subject the mail's subject
 * @param reason  why it was rejected or quarantined (a message key)
 */
public record Delivery(long id, Long distributorId, String distributor, String channel, String sender, String subject,
		DeliveryStatus status, String reason, String receivedBy, OffsetDateTime receivedAt, OffsetDateTime completedAt,
		List<DeliveredFile> files) {

	/**
	 * @param reportId   the report the file made or was recognised as; null when refused
	 * @param newReport  false when the same bytes had been received before
	 * @param refusal    why the file made no report (a message key)
	 */
	public record DeliveredFile(String fileName, Long reportId, boolean newReport, String refusal, String reportStatus) {
	}

}
