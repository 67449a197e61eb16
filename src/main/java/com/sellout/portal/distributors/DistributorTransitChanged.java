package com.sellout.portal.distributors;

/**
 * The transit time of a distributor's shipments changed: every sell-in document of it now
 * reaches its stock in another month, so the channel inventory counts its months again.
 * Published in the transaction that changed it, through the event publication registry.
 */
public record DistributorTransitChanged(long distributorId, int transitDaysBefore, int transitDays) {
}
