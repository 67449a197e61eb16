package com.sellout.portal.clients;

import java.util.List;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's decisions about clients: approving or rejecting distributors'
 * requests, changing a status directly, assigning a client to a distributor and ending
 * that. Each is written to the client's history and the audit log with the change.
 */
@Service
public class ClientDecisions {

	private final ClientStore store;

	private final Clients clients;

	private final AuditLog auditLog;

	ClientDecisions(ClientStore store, Clients clients, AuditLog auditLog) {
		this.store = store;
		this.clients = clients;
		this.auditLog = auditLog;
	}

	/**
	 * The manufacturer approves or rejects a request, with a comment — required to
	 * reject, since the distributor must learn why.
	 */
	@Transactional
	public void decide(long requestId, boolean approve, String comment) {
		String actor = requireManufacturer();
		if (!approve && (comment == null || comment.isBlank())) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("comment", "requests.commentRequired")));
		}
		ClientRequest request = store.request(requestId).orElseThrow(NotFoundException::new);
		if (!request.isPending()) {
			throw new IllegalStateException("Request " + requestId + " is already decided");
		}
		Client client = clients.get(request.clientId());
		if (approve) {
			switch (request.kind()) {
				case REGISTRATION -> changeStatus(client, ClientStatus.ACTIVE, comment, actor);
				case ASSIGNMENT -> {
					store.assign(client.id(), request.distributorId(), actor);
					store.history(client.id(), actor, "ASSIGNED", null, null, comment, request.distributorId());
				}
				case STATUS_CHANGE -> changeStatus(client, request.requestedStatus(), comment, actor);
			}
		}
		else if (request.kind() == ClientRequest.Kind.REGISTRATION) {
			changeStatus(client, ClientStatus.REJECTED, comment, actor);
		}
		store.decide(requestId, approve, comment, actor);
		auditLog.record(approve ? AuditAction.CLIENT_REQUEST_APPROVED : AuditAction.CLIENT_REQUEST_REJECTED, "request",
				requestId, request.distributorId(), request.kind() + " " + client.inn());
	}

	/**
	 * The manufacturer changes a client's status directly, saying why: blocking,
	 * archiving or rejecting a client is never done without a reason.
	 */
	@Transactional
	public void setStatus(long clientId, ClientStatus status, String reason) {
		String actor = requireManufacturer();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (status != null && status.isDestructive() && why == null) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("reason", "client.reasonRequired")));
		}
		changeStatus(clients.get(clientId), status, why, actor);
	}

	@Transactional
	public void assign(long clientId, long distributorId) {
		String actor = requireManufacturer();
		clients.get(clientId);
		if (!store.isAssigned(clientId, distributorId)) {
			store.assign(clientId, distributorId, actor);
			store.history(clientId, actor, "ASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_ASSIGNED, "client", clientId, distributorId, null);
		}
	}

	@Transactional
	public void unassign(long clientId, long distributorId) {
		String actor = requireManufacturer();
		clients.get(clientId);
		if (store.unassign(clientId, distributorId)) {
			store.history(clientId, actor, "UNASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_UNASSIGNED, "client", clientId, distributorId, null);
		}
	}

	private void changeStatus(Client client, ClientStatus target, String reason, String actor) {
		if (target == null || !client.status().canBecome(target)) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("status", "client.status.notAllowed")));
		}
		store.setStatus(client.id(), target);
		store.history(client.id(), actor, "STATUS", client.status(), target, reason, null);
		auditLog.record(AuditAction.CLIENT_STATUS_CHANGED, "client", client.id(), null,
				client.status() + " → " + target + (reason == null ? "" : ": " + reason));
	}

	/**
	 * The caller's login, when it works in the manufacturer's scope ("system" for jobs);
	 * refused otherwise.
	 */
	static String requireManufacturer() {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer decides about clients");
		}
		return CurrentUser.get().map(CurrentUser::login).orElse("system");
	}

}
