package com.sellout.portal.support;

import java.time.Duration;
import java.time.YearMonth;

import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.Sender;

/**
 * A file handed to the sell-out door by a test as the portal itself
 * ({@link Sender#system}): no account, a whole period; waits up to {@code wait} for its
 * processing.
 */
public final class Receiving {

	private Receiving() {
	}

	public static SellOutIntake.Received receive(SellOutIntake intake, long distributorId, Channel channel,
			String fileName, String contentType, byte[] content, YearMonth period, String idempotencyKey,
			Duration wait) {
		return intake.receive(
				IncomingFile.of(fileName, contentType, content).forPeriod(period).withIdempotencyKey(idempotencyKey),
				Sender.system(distributorId, channel), wait);
	}

}
