package com.sellout.portal.sellout.internal;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.mapping.ValueMappings;

import org.springframework.stereotype.Component;

/**
 * Loads, once per report, what checking its lines needs to know ({@link ReportContext})
 * from the modules that own it, so that no line waits on a query.
 */
@Component
class ReportContexts {

	private final Catalog catalog;

	private final PriceFloors floors;

	private final ClientDirectory clients;

	private final Segments segments;

	private final ValueMappings mappings;

	ReportContexts(Catalog catalog, PriceFloors floors, ClientDirectory clients, Segments segments,
			ValueMappings mappings) {
		this.catalog = catalog;
		this.floors = floors;
		this.clients = clients;
		this.segments = segments;
		this.mappings = mappings;
	}

	ReportContext of(long distributorId) {
		return new ReportContext(distributorId, catalog.identities(), mappings.snapshot(distributorId),
				clients.directory(), clients.namesFor(distributorId), segments.all(), floors.book());
	}

}
