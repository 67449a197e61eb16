package com.sellout.portal.analytics.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.ClientRestriction;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Whose figures an insight page shows. A distributor's user always reads its own: naming
 * another distributor is "not found", never "forbidden" (row-level security would show it
 * nothing anyway); a manager restricted to a list of clients sees those clients' figures
 * only. The manufacturer names one distributor, or none for all.
 */
@Component
class InsightScope {

	private final Distributors distributors;

	private final ManagerScopes managers;

	private final Clients clients;

	private final Clock clock;

	InsightScope(Distributors distributors, ManagerScopes managers, Clients clients) {
		this.distributors = distributors;
		this.managers = managers;
		this.clients = clients;
		this.clock = Clock.systemDefaultZone();
	}

	/** The filter the parameters ask for, within the caller's scope. */
	SalesFilter filter(CurrentUser me, InsightParams params) {
		return params.filter(distributor(me, params.distributor()), clock);
	}

	@Nullable Long distributor(CurrentUser me, @Nullable Long id) {
		if (!me.isManufacturer()) {
			if (id != null && !id.equals(me.distributorId())) {
				throw new NotFoundException();
			}
			return me.distributorId();
		}
		if (id != null && distributors.find(id).isEmpty()) {
			throw new NotFoundException();
		}
		return id;
	}

	/** A restricted manager's clients (by ИНН); none for everyone else. */
	ClientRestriction restriction(CurrentUser me) {
		if (me.role() != Role.DISTRIBUTOR_MANAGER) {
			return ClientRestriction.NONE;
		}
		return managers.restriction(me.id())
			.map(ids -> new ClientRestriction(
					ids.stream().map(clients::find).flatMap(Optional::stream).map(Client::inn).toList()))
			.orElse(ClientRestriction.NONE);
	}

	List<Distributor> choosable(CurrentUser me) {
		return me.isManufacturer() ? distributors.all() : List.of();
	}

}
