package com.sellout.portal.analytics.web;

import java.util.Locale;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.ClientRestriction;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Whose figures an insight page shows. A distributor's user always reads its own: naming
 * another distributor is "not found" (row-level security would show it nothing anyway); a
 * manager restricted to a list of clients sees those clients' figures only. The
 * manufacturer names one distributor, or none for all. The range and the filters are the
 * shared filter bar's ({@link FilterBar}, {@link AnalyticsScope}).
 */
@Component
class InsightScope {

	private final Distributors distributors;

	private final ManagerScopes managers;

	private final AnalyticsScope scope;

	private final FilterBar filterBar;

	InsightScope(Distributors distributors, ManagerScopes managers, AnalyticsScope scope, FilterBar filterBar) {
		this.distributors = distributors;
		this.managers = managers;
		this.scope = scope;
		this.filterBar = filterBar;
	}

	/** The filter the parameters ask for, within the caller's scope (for an export). */
	SalesFilter filter(CurrentUser me, AnalyticsParams params) {
		check(me, params.distributor());
		return scope.filter(params, me);
	}

	/** The same for a page, with what its filter bar needs put into the model. */
	SalesFilter filter(CurrentUser me, AnalyticsParams params, Model model, Locale locale) {
		check(me, params.distributor());
		return filterBar.prepare(model, params, me, locale);
	}

	private void check(CurrentUser me, Long id) {
		if (!me.isManufacturer()) {
			if (id != null && !id.equals(me.distributorId())) {
				throw new NotFoundException();
			}
		}
		else if (id != null && distributors.find(id).isEmpty()) {
			throw new NotFoundException();
		}
	}

	/** A restricted manager's clients (by ИНН); none for everyone else. */
	ClientRestriction restriction(CurrentUser me) {
		if (me.role() != Role.DISTRIBUTOR_MANAGER) {
			return ClientRestriction.NONE;
		}
		return managers.restrictedInns(me.id()).map(ClientRestriction::new).orElse(ClientRestriction.NONE);
	}

}
