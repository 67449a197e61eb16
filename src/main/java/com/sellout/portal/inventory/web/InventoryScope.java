package com.sellout.portal.inventory.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;

import org.springframework.stereotype.Component;

/**
 * Whose inventory a request is about, and which month. A distributor's user always reads
 * its own: naming another distributor (by id on the pages, by code in the API) is "not
 * found", never "forbidden", so that it learns nothing of it — row-level security would
 * show it nothing anyway. The manufacturer names one distributor, or none for all.
 */
@Component
class InventoryScope {

	private final Distributors distributors;

	InventoryScope(Distributors distributors) {
		this.distributors = distributors;
	}

	/**
	 * The distributor a page asks for by id: the caller's own, or the one named, or all.
	 */
	Long byId(CurrentUser me, Long id) {
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

	/**
	 * The distributor the API asks for by code (or ИНН): the caller's own, or the one
	 * named, or all.
	 */
	Long byCode(CurrentUser me, String code) {
		if (!me.isManufacturer()) {
			if (code != null && !code.isBlank() && !code.strip().equalsIgnoreCase(me.distributorCode())) {
				throw new NotFoundException();
			}
			return me.distributorId();
		}
		if (code == null || code.isBlank()) {
			return null;
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

	/**
	 * A month written YYYY-MM; anything else is refused with the reason in the caller's
	 * language.
	 */
	static YearMonth month(String period) {
		try {
			return YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("inventory.badPeriod", period);
		}
	}

}
