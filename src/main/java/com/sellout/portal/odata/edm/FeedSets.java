package com.sellout.portal.odata.edm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity set of the feed, by name, in the order the service document lists them.
 */
public final class FeedSets {

	public static final String NAMESPACE = "SellOut";

	public static final String CONTAINER = "Portal";

	private final Map<String, FeedSet> sets = new LinkedHashMap<>();

	public FeedSets() {
		for (FeedSet set : SalesSets.all()) {
			sets.put(set.name(), set);
		}
		for (FeedSet set : MasterDataSets.all()) {
			sets.put(set.name(), set);
		}
	}

	public List<FeedSet> all() {
		return List.copyOf(sets.values());
	}

	public Optional<FeedSet> byName(String name) {
		return Optional.ofNullable(sets.get(name));
	}

	public Optional<FeedSet> byType(String type) {
		return sets.values().stream().filter(s -> s.type().equals(type)).findFirst();
	}

	public FeedSet require(String name) {
		return byName(name).orElseThrow(() -> new IllegalArgumentException("No entity set " + name));
	}

}
