package com.sellout.portal.conversations.web;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A distributor named by its code, in the caller's scope: one not visible is missing. */
@Component
class DistributorCodes {

	private final Distributors distributors;

	DistributorCodes(Distributors distributors) {
		this.distributors = distributors;
	}

	@Nullable Long idOf(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

}
