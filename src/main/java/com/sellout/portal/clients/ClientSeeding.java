package com.sellout.portal.clients;

import java.util.List;

import com.sellout.portal.shared.Region;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads clients as they are — the demo data, the manufacturer's own base — without the
 * request and review a registration goes through.
 */
@Service
public class ClientSeeding {

	private final ClientStore store;

	private final Segments segments;

	ClientSeeding(ClientStore store, Segments segments) {
		this.store = store;
		this.segments = segments;
	}

	/** Creates the client with this status, assigned to these distributors. */
	@Transactional
	public long seed(ClientForm form, ClientStatus status, List<Long> distributorIds) {
		ClientDecisions.requireManufacturer();
		long id = store.insert(form, segments.resolve(form.segment()).orElse(null),
				Region.byCode(form.regionCode()).orElse(null), status);
		for (Long distributorId : distributorIds) {
			store.assign(id, distributorId, "system");
		}
		store.history(id, "system", "REGISTERED", null, status, null, null);
		return id;
	}

}
