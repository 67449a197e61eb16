package com.sellout.portal.clients;

/** How requests are read: with the client's ИНН, КПП and name for display. */
final class RequestQueries {

	static final String SELECT = """
			select r.id, r.kind, r.client_id, r.distributor_id, r.requested_status, r.reason, r.requested_by,
			       r.requested_at, r.state, r.decided_by, r.decided_at, r.decision_comment,
			       r.inn as client_inn, r.kpp as client_kpp, c.name as client_name
			  from client_requests r join clients c on c.id = r.client_id""";

	private RequestQueries() {
	}

}
