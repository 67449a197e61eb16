package com.sellout.portal.calendar.web;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Whose scorecard a page or the API may show. A distributor's user names its own
 * distributor's code or gets "not found" — the same answer whether the other code exists
 * or not, so that it learns nothing. A manager restricted to some clients sees its
 * distributor's reporting figures but not the line shares, which count the lines of
 * clients outside its list.
 */
@Component
class ScorecardAccess {

	private final Scorecards scorecards;

	private final Distributors distributors;

	private final ManagerScopes managers;

	ScorecardAccess(Scorecards scorecards, Distributors distributors, ManagerScopes managers) {
		this.scorecards = scorecards;
		this.distributors = distributors;
		this.managers = managers;
	}

	/** The scorecard as this reader may see it. */
	Shown of(CurrentUser me, String code) {
		long id;
		if (me.isManufacturer()) {
			id = distributors.findByCodeOrInn(code.strip())
				.filter(d -> d.code().equalsIgnoreCase(code.strip()))
				.map(Distributor::id)
				.orElseThrow(NotFoundException::new);
		}
		else {
			if (me.distributorId() == null || !code.strip().equalsIgnoreCase(me.distributorCode())) {
				throw new NotFoundException();
			}
			id = me.distributorId();
		}
		Scorecard card = scorecards.of(id);
		boolean restricted = !me.isManufacturer() && managers.restrictedInns(me.id()).isPresent();
		return restricted ? new Shown(withoutLines(card), false) : new Shown(card, true);
	}

	/** A scorecard and whether its line shares are shown. */
	record Shown(Scorecard card, boolean lines) {
	}

	private static Scorecard withoutLines(Scorecard s) {
		return new Scorecard(s.distributorId(), s.distributorCode(), s.distributorName(), s.onTimeRate(),
				s.completeness(), s.medianDelayDays(), null, null, null, s.sisoGap(), s.trend(), s.rank(), s.ranked());
	}

}
