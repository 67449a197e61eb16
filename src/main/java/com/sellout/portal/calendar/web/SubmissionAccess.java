package com.sellout.portal.calendar.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose submissions a page or the API may name, and the parameters they name them with. A
 * distributor's account names its own distributor's code or gets "not found", whether the
 * other code exists or not; only a distributor's own accounts declare «продаж не было».
 */
@Component
class SubmissionAccess {

	private final Distributors distributors;

	SubmissionAccess(Distributors distributors) {
		this.distributors = distributors;
	}

	/** The distributor a code names, as this reader may name it. */
	long distributorId(CurrentUser me, String code) {
		if (me.isManufacturer()) {
			return distributors.findByCodeOrInn(code.strip())
				.filter(d -> d.code().equalsIgnoreCase(code.strip()))
				.map(Distributor::id)
				.orElseThrow(NotFoundException::new);
		}
		if (me.distributorId() == null || !code.strip().equalsIgnoreCase(me.distributorCode())) {
			throw new NotFoundException();
		}
		return me.distributorId();
	}

	/** The distributor a user declares for: its own; the manufacturer's refused. */
	long ownDistributor(CurrentUser me) {
		if (me.isManufacturer() || me.distributorId() == null) {
			throw new AccessDeniedException("Only the distributor's own users declare its sales");
		}
		return me.distributorId();
	}

	/**
	 * Refuses a declaration for a month and kind the distributor owes no report for
	 * (before its contract, a month still to come, stock not expected from it).
	 */
	static void expected(Submissions submissions, long distributorId, YearMonth month, ReportKind kind) {
		if (submissions.find(new SubmissionFilter(month, month, distributorId, kind, null)).isEmpty()) {
			throw new RefusedException("calendar.noSales.notExpected", month.toString(), kind.name());
		}
	}

	static YearMonth period(String value) {
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeException ex) {
			throw new RefusedException("calendar.api.badPeriod", value);
		}
	}

	static ReportKind kind(String value) {
		try {
			return ReportKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException("calendar.api.badKind", value);
		}
	}

	static @Nullable Set<SubmissionState> states(String value) {
		Set<SubmissionState> states = EnumSet.noneOf(SubmissionState.class);
		for (String one : value.split(",")) {
			if (one.isBlank()) {
				continue;
			}
			try {
				states.add(SubmissionState.valueOf(one.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new RefusedException("calendar.api.badState", one.strip());
			}
		}
		return states.isEmpty() ? null : states;
	}

}
