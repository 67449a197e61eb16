package com.sellout.portal.sellout;

import com.sellout.portal.identity.CurrentUser;

/**
 * Who hands a file to the {@link SellOutIntake door}, told by the channel from the
 * account it authenticated (the logged-in person, the API's or FTP's login, the 1C
 * session, the e-mail's sender) and never read from the thread: each channel runs on
 * threads of its own (an FTP server's, a mail poller's), where no security context says
 * who is sending.
 *
 * @param accountId the account, or null for the portal itself (a test, a benchmark)
 * @param login its login, or null
 * @param accountDistributorId the distributor the account belongs to (null for the
 * manufacturer's people); a file for another distributor is refused
 * @param distributorId whose report the file is
 * @param delivery whether the file is the whole period or documents added to it
 * @param actor who the audit log and the report name as having sent it
 * @param channel the way it came
 */
public record Sender(Long accountId, String login, Long accountDistributorId, long distributorId, Delivery delivery,
		String actor, Channel channel) {

	/** What a delivery of the account is to its period. */
	public enum Delivery {

		/** The whole period: it supersedes the period's report. */
		SNAPSHOT,
		/**
		 * Documents added to the period one by one; one sent again replaces its earlier
		 * version.
		 */
		INCREMENTAL

	}

	/**
	 * An account sending for a distributor (its own, or, for the manufacturer's
	 * administrator, the one it names).
	 */
	public static Sender of(CurrentUser account, long distributorId, Channel channel, Delivery delivery) {
		return new Sender(account.id(), account.login(), account.distributorId(), distributorId, delivery,
				account.login(), channel);
	}

	/**
	 * The portal itself (a test of the pipeline, a benchmark): no account, a whole
	 * period, named by the channel; held to the readers' own size limit, not to the
	 * channels' one.
	 */
	public static Sender system(long distributorId, Channel channel) {
		return new Sender(null, null, null, distributorId, Delivery.SNAPSHOT, channel.name().toLowerCase(), channel);
	}

	/**
	 * Whether the account may send for the distributor it names: a distributor's account
	 * only for its own.
	 */
	public boolean sendsForOwnDistributor() {
		return accountDistributorId == null || accountDistributorId == distributorId;
	}

}
