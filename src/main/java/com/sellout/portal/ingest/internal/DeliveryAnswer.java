package com.sellout.portal.ingest.internal;

import java.util.List;
import java.util.Locale;

import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReport;

/**
 * How a channel tells the sender what became of a delivery: result files, a reply mail.
 */
public interface DeliveryAnswer {

	String channel();

	/** Answers the sender; called once every report of the delivery is processed. */
	void answer(OpenDelivery delivery, List<FileResult> files, Locale language);

	/** A delivery waiting to be answered. */
	record OpenDelivery(long id, Long distributorId, String sender, String subject, String messageKey,
			String receivedBy, String resultPath) {
	}

	/**
	 * One file of the delivery and what it became.
	 *
	 * @param report the report it made or was recognised as, or null when refused
	 * @param reason why it was refused or rejected, in the sender's language; null when
	 * processed
	 */
	record FileResult(String fileName, SellOutReport report, boolean newReport, String reason) {

		public boolean rejected() {
			return report == null || report.status() == ReportStatus.REJECTED
					|| report.status() == ReportStatus.NEEDS_MAPPING;
		}

	}

}
