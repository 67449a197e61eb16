package com.sellout.portal.distributors.web;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/distributors")
@Tag(name = "Distributors")
class DistributorApi {

	private final Distributors distributors;

	DistributorApi(Distributors distributors) {
		this.distributors = distributors;
	}

	@GetMapping
	@Operation(summary = "Distributors visible to the caller: all for the manufacturer, its own for a distributor")
	PageSlice<Distributor> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return distributors.find(active, new ListQuery(q, null, false, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One distributor; 404 when it does not exist or is not the caller's")
	Distributor get(@PathVariable long id) {
		return distributors.get(id);
	}

}
