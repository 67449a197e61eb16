package com.sellout.portal.identity.web;

import java.util.List;

import com.sellout.portal.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class MeApi {

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who the caller is: login, name, roles and distributor (null for the manufacturer)")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.login(), user.name(), List.of(user.role().name()), user.distributorId() == null ? null
				: new Me.DistributorRef(user.distributorCode(), user.distributorName()));
	}

	record Me(String login, String name, List<String> roles, DistributorRef distributor) {

		record DistributorRef(String code, String name) {
		}

	}

}
