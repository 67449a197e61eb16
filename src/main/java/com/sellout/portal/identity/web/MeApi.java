package com.sellout.portal.identity.web;

import java.time.Instant;
import java.util.List;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.factor.SecondFactors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class MeApi {

	private final SecondFactors factors;

	private final SecondFactorPolicy policy;

	MeApi(SecondFactors factors, SecondFactorPolicy policy) {
		this.factors = factors;
		this.policy = policy;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who the caller is: login, name, roles, distributor (null for the manufacturer) "
			+ "and their second factor (required by their role also during the grace period)")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		boolean enabled = factors.isEnabled(user.id());
		return new Me(user.login(), user.name(), List.of(user.role().name()),
				user.distributorId() == null ? null
						: new Me.DistributorRef(user.distributorCode(), user.distributorName()),
				new Me.SecondFactor(enabled, policy.isRequired(user.role()),
						enabled ? null : policy.graceUntil(user).orElse(null)));
	}

	record Me(String login, String name, List<String> roles, DistributorRef distributor, SecondFactor secondFactor) {

		record DistributorRef(String code, String name) {
		}

		record SecondFactor(boolean enabled, boolean required, Instant graceUntil) {
		}

	}

}
