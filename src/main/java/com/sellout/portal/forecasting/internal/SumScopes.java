package com.sellout.portal.forecasting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The scopes whose sums are stored: all products ({@link #ALL}) and every product group
 * with its sub-groups, each with the SKUs it stands for as the catalog says now — the
 * same {@link ProductGroups#skusWithin} a request resolves a group with, so a stored sum
 * and a request agree on what is in it exactly when their digests do.
 */
@Component
class SumScopes {

	/** The scope of all products. */
	static final long ALL = 0;

	/** The digest of the scope of all products: it names no SKU. */
	static final String ALL_DIGEST = "all";

	private final ProductGroups groups;

	SumScopes(ProductGroups groups) {
		this.groups = groups;
	}

	/** Every group's SKUs, by group id. */
	Map<Long, List<String>> groups() {
		Map<Long, List<String>> scopes = new LinkedHashMap<>();
		for (ProductGroup group : groups.all()) {
			scopes.put(group.id(), groups.skusWithin(group.id()));
		}
		return scopes;
	}

	/** The scope id of a request's group (none: all products). */
	static long of(@Nullable Long groupId) {
		return groupId == null ? ALL : groupId;
	}

	/** The digest of a scope's SKUs (null: all products), whatever their order. */
	static String digest(@Nullable List<String> skus) {
		if (skus == null) {
			return ALL_DIGEST;
		}
		List<String> sorted = new ArrayList<>(skus);
		sorted.sort(null);
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			for (String sku : sorted) {
				md5.update(sku.getBytes(StandardCharsets.UTF_8));
				md5.update((byte) 0);
			}
			return HexFormat.of().formatHex(md5.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
