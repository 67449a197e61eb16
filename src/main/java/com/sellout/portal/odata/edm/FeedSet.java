package com.sellout.portal.odata.edm;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An entity set as data: its name and type, the SQL it reads (a {@code from} clause over
 * published read views and its fixed condition), its columns, key and navigations, and
 * how the caller's scope narrows it beyond row-level security.
 *
 * @param clientInn the SQL of the row's client ИНН, for a manager restricted to some
 * clients ({@link #NO_CLIENT} for figures of no client: such a manager reads none); null
 * for a dimension every reader of the distributor may see
 * @param restrictedFrom the source for a restricted manager when narrowing by
 * {@code clientInn} cannot work on {@code from} (an aggregate without the client): it
 * holds one {@code ?}, the manager's ИНН as a text array
 * @param snapshotReport the SQL of the row's report when the set pages over the snapshot
 * of the reports active at the first page; null when it pages over the live data
 */
public record FeedSet(String name, String type, String from, String where, List<FeedColumn> columns, List<String> keys,
		List<FeedNavigation> navigations, @Nullable String clientInn, @Nullable String restrictedFrom,
		@Nullable String snapshotReport) {

	/** The client of figures that have none: no restricted manager's. */
	public static final String NO_CLIENT = "null::text";

	public Optional<FeedColumn> column(String property) {
		return columns.stream().filter(c -> c.name().equals(property)).findFirst();
	}

	public FeedColumn require(String property) {
		return column(property).orElseThrow(() -> new IllegalArgumentException(name + " has no " + property));
	}

	public Optional<FeedNavigation> navigation(String name) {
		return navigations.stream().filter(n -> n.name().equals(name)).findFirst();
	}

	public List<FeedColumn> keyColumns() {
		return keys.stream().map(this::require).toList();
	}

}
