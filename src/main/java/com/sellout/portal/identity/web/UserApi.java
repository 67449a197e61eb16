package com.sellout.portal.identity.web;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserAccounts.UserFilter;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
@Tag(name = "Identity")
class UserApi {

	private final UserAccounts users;

	UserApi(UserAccounts users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Users the caller administers: everyone for the manufacturer, its own for a distributor")
	PageSlice<UserAccount> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long distributorId, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return users.find(new UserFilter(distributorId, role, active), new ListQuery(q, null, false, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user; 404 when it does not exist or is outside the caller's distributor")
	UserAccount get(@PathVariable long id) {
		return users.get(id);
	}

}
