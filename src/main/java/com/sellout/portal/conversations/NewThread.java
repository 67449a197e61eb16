package com.sellout.portal.conversations;

import org.jspecify.annotations.Nullable;

/**
 * A thread to open, with its first message.
 *
 * @param distributorId whom the manufacturer writes to; null for a distributor's user (a
 * distributor always writes to the manufacturer) or when the object it is about names its
 * distributor
 */
public record NewThread(@Nullable Long distributorId, String subject, About about, NewMessage first) {
}
