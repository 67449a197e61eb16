package com.sellout.portal.distributors;

/**
 * A distributor was deactivated: published inside the transaction that did it, so that
 * whoever ends its people's access (sessions, FTP, 1C exchange) does so in the same
 * commit.
 */
public record DistributorDeactivated(long distributorId) {
}
