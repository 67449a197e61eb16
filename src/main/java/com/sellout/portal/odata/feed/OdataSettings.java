package com.sellout.portal.odata.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pageSize rows per page before the feed gives an {@code @odata.nextLink} (a
 * client's smaller {@code odata.maxpagesize} preference wins)
 * @param snapshotTtl how long a read may take from its first page to its last: the
 * snapshot of the reports active at its first page is kept that long
 * @param fetchSize rows the database sends at a time while a page streams
 */
@ConfigurationProperties("portal.odata")
record OdataSettings(@DefaultValue("5000") int pageSize, @DefaultValue("6h") Duration snapshotTtl,
		@DefaultValue("1000") int fetchSize) {
}
