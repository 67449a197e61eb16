package com.sellout.portal.clients;

import java.time.OffsetDateTime;

/**
 * A distributor's registration, assignment request or status request and the
 * manufacturer's decision. {@code clientId} is never shown to the requesting distributor
 * for an assignment request: it names a client that distributor does not (yet) work with.
 */
public record ClientRequest(long id, Kind kind, long clientId, long distributorId, ClientStatus requestedStatus,
		String reason, String requestedBy, OffsetDateTime requestedAt, State state, String decidedBy,
		OffsetDateTime decidedAt, String decisionComment, String clientInn, String clientKpp, String clientName) {

	public enum Kind {

		REGISTRATION, ASSIGNMENT, STATUS_CHANGE

	}

	public enum State {

		PENDING, APPROVED, REJECTED

	}

	public boolean isPending() {
		return state == State.PENDING;
	}

}
