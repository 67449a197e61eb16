package com.sellout.portal.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A delivery by FTP or e-mail and what became of each of its files.
 *
 * @param sender the FTP login or the mail's sender
 * @param subject the mail's subject
 * @param reason why it was rejected or quarantined (a message key)
 */
public record Delivery(long id, Long distributorId, String distributor, String channel, String sender, String subject,
		DeliveryStatus status, String reason, String receivedBy, OffsetDateTime receivedAt, OffsetDateTime completedAt,
		List<DeliveredFile> files) {

	/**
	 * @param reportId the report the file made or was recognised as; null when refused
	 * @param newReport false when the same bytes had been received before
	 * @param refusal why the file made no report: a message key, then {@code |} and its
	 * argument if it has one
	 */
	public record DeliveredFile(String fileName, Long reportId, boolean newReport, String refusal,
			String reportStatus) {

		/**
		 * The refusal as a message key and its arguments, for a {@code MessageSource};
		 * null when not refused.
		 */
		public Refusal refusalMessage() {
			return Refusal.parse(refusal);
		}

	}

	/** Why a file made no report: a message key and its arguments. */
	public record Refusal(String key, Object[] arguments) {

		/** Stored as {@code key} or {@code key|argument}. */
		public static Refusal parse(String stored) {
			if (stored == null) {
				return null;
			}
			String[] parts = stored.split("\\|", 2);
			return new Refusal(parts[0], parts.length > 1 ? new Object[] { parts[1] } : null);
		}

		public static String store(String key, Object argument) {
			return key + (argument == null ? "" : "|" + argument);
		}

	}

}
