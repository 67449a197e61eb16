package com.sellout.portal.forecasting.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.ForecastMethod;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;

import org.springframework.stereotype.Component;

/**
 * Whose forecast a page asks for, and the request it makes. A distributor's user always
 * reads its own: an address naming another distributor is "not found", never "forbidden",
 * so that it learns nothing of it (the forecasts' service refuses it too). The
 * manufacturer names one distributor by code, or none for all of them. A horizon, method
 * or month the page cannot read is refused with the reason in the reader's language.
 */
@Component
class ForecastPageScope {

	private final Distributors distributors;

	ForecastPageScope(Distributors distributors) {
		this.distributors = distributors;
	}

	/** The distributor the page is about: the caller's own, the one named, or all. */
	Long distributor(CurrentUser me, String code) {
		if (!me.isManufacturer()) {
			if (code != null && !code.equalsIgnoreCase(me.distributorCode())) {
				throw new NotFoundException();
			}
			return me.distributorId();
		}
		if (code == null) {
			return null;
		}
		return distributors.findByCodeOrInn(code).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

	/** The code of the distributor the page is about (null = all). */
	String code(CurrentUser me, String code) {
		if (!me.isManufacturer()) {
			return me.distributorCode();
		}
		return code == null ? null : distributors.findByCodeOrInn(code).map(Distributor::code).orElse(code);
	}

	ForecastRequest request(ForecastParams params, CurrentUser me) {
		int horizon = params.months();
		if (horizon < 1 || horizon > ForecastRequest.MAX_HORIZON) {
			throw new RefusedException("forecast.badHorizon", horizon, ForecastRequest.MAX_HORIZON);
		}
		ForecastMethod method = params.method() == null ? null : ForecastMethod.byParam(params.method())
			.orElseThrow(() -> new RefusedException("forecast.badMethod", params.method()));
		Long distributorId = distributor(me, params.distributor());
		return new ForecastRequest(distributorId, params.sku(), params.sku() == null ? params.group() : null, horizon,
				month(params.asOf()), method);
	}

	/** A month written YYYY-MM, or none. */
	static YearMonth month(String value) {
		if (value == null) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("forecast.badMonth", value);
		}
	}

}
