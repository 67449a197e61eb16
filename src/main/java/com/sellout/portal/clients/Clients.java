package com.sellout.portal.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients a user may see: the manufacturer all; a distributor's users those assigned
 * to their distributor; a manager restricted to a list only that list. Limited here and
 * by row-level security; anything outside answers 404 like a missing client.
 */
@Service
public class Clients {

	private static final Set<String> SORTABLE = Set.of("name", "inn", "status", "segment", "region_code", "city",
			"updated_at");

	private static final String VISIBLE = """
			(:all or c.distributor_ids @> array[cast(:own as bigint)])
			and (not :restricted or c.id in (select s.client_id from manager_client_scopes s where s.user_id = :me))""";

	/**
	 * Never the distributor ids: a distributor must not learn who else works with its
	 * client.
	 */
	private static final String COLUMNS = "c.id, c.inn, c.kpp, c.ogrn, c.name, c.segment, c.region_code, c.region_name, "
			+ "c.city, c.address, c.status, c.created_at, c.updated_at";

	private static final String WHERE = " where" + VISIBLE + " " + """
			and (cast(:status as text) is null or c.status = :status)
			and (cast(:segment as text) is null or c.segment = :segment)
			and (cast(:region as text) is null or c.region_code = :region)
			and (cast(:distributor as bigint) is null or c.distributor_ids @> array[cast(:distributor as bigint)])
			and (cast(:search as text) is null or c.name_search like :search)
			and (cast(:innFrom as text) is null or (c.inn >= :innFrom and c.inn < :innTo))""";

	private final JdbcClient jdbc;

	Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of a client list; any may be null. */
	public record ClientFilter(ClientStatus status, String segment, String regionCode, Long distributorId) {

		public static ClientFilter none() {
			return new ClientFilter(null, null, null, null);
		}

	}

	@Transactional(readOnly = true)
	public PageSlice<Client> find(ClientFilter filter, ListQuery query) {
		String where = WHERE; // the list filters; bound by bind()

		String sort = query.sortOr(SORTABLE, "name");
		String order = " order by " + sort + " " + query.direction() + ", id " + query.direction();
		boolean narrowed = query.search() != null || filter.status() != null || filter.segment() != null
				|| filter.regionCode() != null || filter.distributorId() != null;
		if (narrowed) {
			// A narrowed list is read once: the matching rows, their count and the page
			// in one query,
			// instead of a count and a page query that would each scan the table.
			long[] total = { -1 };
			var spec = jdbc.sql("with visible as materialized (select " + COLUMNS + " from clients c" + where + ")"
					+ " select v.*, (select count(*) from visible) as matching from visible v" + order
					+ " limit :limit offset :offset");
			bind(spec, filter, query);
			var mapper = new DataClassRowMapper<>(Client.class);
			List<Client> items = spec.param("limit", query.size()).param("offset", query.offset()).query((rs, n) -> {
				total[0] = rs.getLong("matching");
				return mapper.mapRow(rs, n);
			}).list();
			if (total[0] >= 0) {
				return new PageSlice<>(items, query.page(), query.size(), total[0]);
			}
			if (query.offset() == 0) {
				return new PageSlice<>(List.of(), query.page(), query.size(), 0);
			}
			// a page beyond the end: only the count is still needed
			var count = jdbc.sql("select count(*) from clients c" + where);
			bind(count, filter, query);
			return new PageSlice<>(List.of(), query.page(), query.size(), count.query(Long.class).single());
		}
		DataScope scope = DataScopes.current();
		// A distributor's whole list: its assignments are counted from their index,
		// exactly.
		boolean whole = !narrowed && scope.isDistributor() && !restricted();
		var count = whole ? jdbc.sql("select count(*) from client_assignments where distributor_id = :own")
			.param("own", scope.distributorId()) : jdbc.sql("select count(*) from clients c" + where);
		var rows = jdbc.sql("select " + COLUMNS + " from clients c" + where + " order by c." + sort + " "
				+ query.direction() + ", c.id " + query.direction() + " limit :limit offset :offset");
		if (!whole) {
			bind(count, filter, query);
		}
		bind(rows, filter, query);
		long total = count.query(Long.class).single();
		return new PageSlice<>(
				rows.param("limit", query.size()).param("offset", query.offset()).query(Client.class).list(),
				query.page(), query.size(), total);
	}

	private void bind(JdbcClient.StatementSpec spec, ClientFilter filter, ListQuery query) {
		bindScope(spec);
		spec.param("status", filter.status() == null ? null : filter.status().name())
			.param("segment", filter.segment())
			.param("region", filter.regionCode())
			// only the manufacturer filters by distributor: for a distributor it would
			// tell who else
			// works with its clients
			.param("distributor", DataScopes.current().allDistributors() ? filter.distributorId() : null)
			// digits search the ИНН from its start (an index range), anything else the
			// name
			.param("search", isInn(query.search()) ? null : query.likePattern())
			.param("innFrom", isInn(query.search()) ? query.search() : null)
			.param("innTo", isInn(query.search()) ? query.search() + "z" : null);
	}

	/**
	 * Every client of the filter in the list's order, for exports: one query, whatever
	 * the count.
	 */
	@Transactional(readOnly = true)
	public List<Client> all(ClientFilter filter, ListQuery query) {
		var spec = jdbc.sql("select " + COLUMNS + " from clients c" + WHERE + " order by c."
				+ query.sortOr(SORTABLE, "name") + " " + query.direction() + ", c.id " + query.direction());
		bind(spec, filter, query);
		return spec.query(Client.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<Client> find(long id) {
		var spec = jdbc.sql("select " + COLUMNS + " from clients c where c.id = :id and" + VISIBLE).param("id", id);
		bindScope(spec);
		return spec.query(Client.class).optional();
	}

	@Transactional(readOnly = true)
	public Client get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Contact> contacts(long clientId) {
		get(clientId);
		return jdbc.sql("select * from client_contacts where client_id = ? order by id")
			.param(clientId)
			.query(Contact.class)
			.list();
	}

	/**
	 * The history the caller may see: the manufacturer's decisions and the caller's own
	 * distributor's actions.
	 */
	@Transactional(readOnly = true)
	public List<ClientHistoryEntry> history(long clientId) {
		get(clientId);
		return jdbc.sql("select * from client_history where client_id = ? order by occurred_at desc, id desc")
			.param(clientId)
			.query(ClientHistoryEntry.class)
			.list();
	}

	/**
	 * The distributors a client is assigned to, as far as the caller may know (its own
	 * only, for a distributor).
	 */
	@Transactional(readOnly = true)
	public List<Long> distributorsOf(long clientId) {
		get(clientId);
		return jdbc.sql("select distributor_id from client_assignments where client_id = ? order by distributor_id")
			.param(clientId)
			.query(Long.class)
			.list();
	}

	/** For the manufacturer's lists: the distributors of each client on a page. */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> distributorsOf(List<Client> clients) {
		Map<Long, List<Long>> result = new HashMap<>();
		Long[] ids = clients.stream().map(Client::id).toArray(Long[]::new);
		jdbc.sql(
				"select client_id, distributor_id from client_assignments where client_id = any(?) order by distributor_id")
			.param(ids)
			.query(rs -> {
				result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return result;
	}

	private static boolean isInn(String search) {
		return search != null && search.matches("\\d{1,12}");
	}

	private void bindScope(JdbcClient.StatementSpec spec) {
		DataScope scope = DataScopes.current();
		spec.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("restricted", restricted())
			.param("me", restrictedManager());
	}

	/** The logged-in distributor's manager, who may be restricted to chosen clients. */
	private static Long restrictedManager() {
		return CurrentUser.get().filter(u -> u.role() == Role.DISTRIBUTOR_MANAGER).map(CurrentUser::id).orElse(null);
	}

	private boolean restricted() {
		Long me = restrictedManager();
		return me != null && jdbc.sql("select exists (select 1 from manager_client_scopes where user_id = ?)")
			.param(me)
			.query(Boolean.class)
			.single();
	}

}
