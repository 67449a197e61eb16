package com.sellout.portal.catalog;

import java.time.YearMonth;

/**
 * The sell-in of a distributor's month changed: a document stored, or sent again and its
 * earlier lines replaced (then the months of both). Published once per distributor and
 * month by the transaction that stored the delivery, through the event publication
 * registry, for those who compare sell-in with sell-out.
 */
public record SellInChanged(long distributorId, YearMonth period) {
}
