package com.sellout.portal.projects;

import java.math.BigDecimal;
import java.util.List;

/** What a commercial proposal takes of a project: its client and its lines. */
public record ProjectForQuote(long id, String name, String clientInn, String clientName,
		List<ProjectForQuote.Item> lines) {

	public record Item(String sku, BigDecimal quantity) {
	}

}
