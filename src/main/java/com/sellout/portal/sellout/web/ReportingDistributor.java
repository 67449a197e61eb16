package com.sellout.portal.sellout.web;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose sell-out a call is about: a distributor's user always works on its own
 * distributor (a code naming another is "not found", never "forbidden", so that it learns
 * nothing); the manufacturer names the distributor by code or ИНН, and only an
 * administrator sends on its behalf.
 */
@Component
class ReportingDistributor {

	private final Distributors distributors;

	ReportingDistributor(Distributors distributors) {
		this.distributors = distributors;
	}

	/** The distributor the caller sends for. */
	long forWriting(String code) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!user.isManufacturer()) {
			if (code != null && !code.isBlank() && !code.equalsIgnoreCase(user.distributorCode())) {
				throw new NotFoundException();
			}
			return user.distributorId();
		}
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator sends sell-out on a distributor's behalf");
		}
		if (code == null || code.isBlank()) {
			throw new RefusedException("api.distributorRequired");
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The distributor a list is filtered by: the caller's own, or the one the
	 * manufacturer names (or none).
	 */
	Long forReading(String code) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!user.isManufacturer()) {
			if (code != null && !code.isBlank() && !code.equalsIgnoreCase(user.distributorCode())) {
				throw new NotFoundException();
			}
			return user.distributorId();
		}
		if (code == null || code.isBlank()) {
			return null;
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

}
