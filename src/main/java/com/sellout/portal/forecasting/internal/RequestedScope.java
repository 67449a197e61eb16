package com.sellout.portal.forecasting.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a request's distributor, product and group are, within the caller's scope: a
 * distributor's user always works on its own (naming another is "not found", as one that
 * does not exist — never "forbidden"); an unknown product or group is not found either.
 */
@Component
class RequestedScope {

	private final Distributors distributors;

	private final Catalog catalog;

	private final ProductGroups groups;

	RequestedScope(Distributors distributors, Catalog catalog, ProductGroups groups) {
		this.distributors = distributors;
		this.catalog = catalog;
		this.groups = groups;
	}

	/**
	 * A request's scope: the distributor (null: every one the caller sees), its code, the
	 * product or the group and the SKUs it stands for (null: all products).
	 */
	record Resolved(@Nullable Long distributorId, @Nullable String distributor, @Nullable String sku,
			@Nullable Long groupId, @Nullable List<String> skus) {

		/** One distributor × product series. */
		boolean single() {
			return distributorId != null && sku != null;
		}

	}

	Resolved resolve(@Nullable Long distributorId, @Nullable String sku, @Nullable Long groupId) {
		Long id = distributor(distributorId);
		String code = id == null ? null
				: distributors.find(id).map(Distributor::code).orElseThrow(NotFoundException::new);
		if (sku != null) {
			String known = catalog.findBySku(sku).orElseThrow(NotFoundException::new).sku();
			return new Resolved(id, code, known, null, List.of(known));
		}
		if (groupId != null) {
			if (groups.all().stream().noneMatch(g -> g.id() == groupId)) {
				throw new NotFoundException();
			}
			return new Resolved(id, code, null, groupId, groups.skusWithin(groupId));
		}
		return new Resolved(id, code, null, null, null);
	}

	/** The distributor a request names, checked against the caller's scope. */
	@Nullable Long distributor(@Nullable Long distributorId) {
		DataScope scope = DataScopes.current();
		if (scope.isDistributor()) {
			if (distributorId != null && !distributorId.equals(scope.distributorId())) {
				throw new NotFoundException();
			}
			return scope.distributorId();
		}
		if (!scope.allDistributors()) {
			throw new NotFoundException();
		}
		if (distributorId != null && distributors.find(distributorId).isEmpty()) {
			throw new NotFoundException();
		}
		return distributorId;
	}

	/** The codes of the distributors the caller sees, by id. */
	Map<Long, String> codes() {
		Map<Long, String> codes = new TreeMap<>();
		distributors.all().forEach(d -> codes.put(d.id(), d.code()));
		return codes;
	}

}
