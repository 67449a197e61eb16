package com.sellout.portal.odata;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The BI feed as the «Подключение BI» page describes it: where it is and when the data it
 * serves to the current user last changed.
 */
public interface BiFeed {

	/** The service root's path; the feed URL is the portal's base URL plus this. */
	String PATH = "/odata/";

	/**
	 * When a report the current user's scope sees was last accepted, replaced or
	 * withdrawn; empty when there is none.
	 */
	Optional<OffsetDateTime> lastChanged();

}
