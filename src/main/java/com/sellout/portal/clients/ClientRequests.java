package com.sellout.portal.clients;

import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's queue of registrations, assignment and status requests, and each
 * distributor's own requests with their decisions. A distributor never sees the client
 * behind its pending assignment request: only the ИНН and КПП it typed itself.
 */
@Service
public class ClientRequests {

	private final JdbcClient jdbc;

	ClientRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Requests of the scope: all distributors' for the manufacturer, the caller's own
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public PageSlice<ClientRequest> find(ClientRequest.Kind kind, ClientRequest.State state, Long clientId,
			ListQuery query) {
		DataScope scope = DataScopes.current();
		String where = " " + """
				where (:all or r.distributor_id = :own)
				  and (cast(:kind as text) is null or r.kind = :kind)
				  and (cast(:state as text) is null or r.state = :state)
				  and (cast(:client as bigint) is null or r.client_id = :client)""";
		// A distributor's own request may name a client it cannot see (assignment): read
		// it on its behalf.
		var count = jdbc.sql("select count(*) from client_requests r" + where);
		var rows = jdbc.sql(RequestQueries.SELECT.replace("join clients c", "left join clients c") + where
				+ " order by r.requested_at desc, r.id desc limit :limit offset :offset");
		for (var spec : List.of(count, rows)) {
			spec.param("all", scope.allDistributors())
				.param("own", scope.distributorId())
				.param("kind", kind == null ? null : kind.name())
				.param("state", state == null ? null : state.name())
				.param("client", clientId);
		}
		long total = count.query(Long.class).single();
		List<ClientRequest> items = rows.param("limit", query.size())
			.param("offset", query.offset())
			.query(ClientRequest.class)
			.list();
		return new PageSlice<>(items.stream().map(r -> scope.allDistributors() ? r : forRequester(r)).toList(),
				query.page(), query.size(), total);
	}

	/** What the requesting distributor may know of its request. */
	private static ClientRequest forRequester(ClientRequest request) {
		if (request.kind() != ClientRequest.Kind.ASSIGNMENT || request.state() == ClientRequest.State.APPROVED) {
			return request;
		}
		return new ClientRequest(request.id(), request.kind(), 0, request.distributorId(), request.requestedStatus(),
				request.reason(), request.requestedBy(), request.requestedAt(), request.state(), request.decidedBy(),
				request.decidedAt(), request.decisionComment(), request.clientInn(), request.clientKpp(), null);
	}

}
