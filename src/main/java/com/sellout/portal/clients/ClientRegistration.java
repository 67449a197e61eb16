package com.sellout.portal.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.clients.ClientRequest.Kind;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.Region;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering clients, and what distributors ask the manufacturer about them. One client,
 * one record: the ИНН (with the КПП of a branch) is looked up across all distributors; a
 * client that already exists is never created twice — the registration becomes an
 * assignment request for the manufacturer, and the requesting distributor learns only
 * that it is under review.
 */
@Service
public class ClientRegistration {

	private final ClientStore store;

	private final Requisites requisites;

	private final Segments segments;

	private final Clients clients;

	private final Distributors distributors;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	ClientRegistration(ClientStore store, Requisites requisites, Segments segments, Clients clients,
			Distributors distributors, ScopedTransactions transactions, AuditLog auditLog) {
		this.store = store;
		this.requisites = requisites;
		this.segments = segments;
		this.clients = clients;
		this.distributors = distributors;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	/** What became of a registration. */
	public sealed interface Registration {

		/**
		 * A new client, {@code ON_REVIEW} (or {@code ACTIVE} when the manufacturer
		 * registered it).
		 */
		record Registered(long clientId) implements Registration {
		}

		/**
		 * The client existed: the request to work with it waits for the manufacturer. No
		 * client id here.
		 */
		record UnderReview(long requestId) implements Registration {
		}

		/** The caller already works with this client. */
		record AlreadyYours(long clientId) implements Registration {
		}

	}

	/**
	 * Registers a client for the caller's distributor (or, for the manufacturer, the
	 * form's one, if any).
	 */
	public Registration register(ClientForm form) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		List<InvalidFieldsException.FieldProblem> problems = requisites.check(form);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		Long distributorId = actor.isManufacturer() ? form.distributorId() : actor.distributorId();
		if (actor.isManufacturer() && distributorId != null
				&& transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.find(distributorId)).isEmpty()) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("distributorId", "user.distributor.required")));
		}
		// The uniqueness check and the write look across all distributors, on the
		// caller's behalf.
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> registerAcrossDistributors(form, actor, distributorId));
	}

	private Registration registerAcrossDistributors(ClientForm form, CurrentUser actor, Long distributorId) {
		store.lockInn(form.inn());
		Optional<Long> existing = store.findByInnAndKpp(form.inn(), form.kpp());
		if (existing.isEmpty()) {
			ClientStatus status = actor.isManufacturer() ? ClientStatus.ACTIVE : ClientStatus.ON_REVIEW;
			long id = store.insert(form, segments.resolve(form.segment()).orElse(null),
					Region.byCode(form.regionCode()).orElse(null), status);
			if (distributorId != null) {
				store.assign(id, distributorId, actor.login());
			}
			store.history(id, actor.login(), "REGISTERED", null, status, null,
					actor.isManufacturer() ? null : distributorId);
			if (!actor.isManufacturer()) {
				store.request(Kind.REGISTRATION, id, distributorId, null, null, actor.login());
			}
			auditLog.record(AuditAction.CLIENT_REGISTERED, "client", id, distributorId, form.inn() + " " + form.name());
			return new Registration.Registered(id);
		}
		long clientId = existing.get();
		if (distributorId == null || store.isAssigned(clientId, distributorId)) {
			return new Registration.AlreadyYours(clientId);
		}
		if (actor.isManufacturer()) {
			// the manufacturer needs no one's approval: the existing client is assigned
			// at once
			store.assign(clientId, distributorId, actor.login());
			store.history(clientId, actor.login(), "ASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_ASSIGNED, "client", clientId, distributorId, form.inn());
			return new Registration.AlreadyYours(clientId);
		}
		long requestId = store.pendingAssignment(clientId, distributorId)
			.orElseGet(() -> store.request(Kind.ASSIGNMENT, clientId, distributorId, null,
					"registration of an existing client", actor.login()));
		auditLog.record(AuditAction.CLIENT_ASSIGNMENT_REQUESTED, "client", clientId, distributorId, form.inn());
		return new Registration.UnderReview(requestId);
	}

	/**
	 * A client found in sell-out ({@code NEW}), registered by its distributor in one
	 * click with what the sell-out lines said of it: it goes {@code ON_REVIEW}, with a
	 * registration request for the manufacturer.
	 */
	public void registerFound(long clientId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (actor.isManufacturer()) {
			throw new AccessDeniedException("The manufacturer reviews, a distributor registers");
		}
		Client client = transactions.callAs(actor.scope(), () -> clients.get(clientId)); // visible
																							// to
																							// the
																							// caller,
																							// or
																							// 404
		if (client.status() != ClientStatus.NEW) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("status", "client.status.notAllowed")));
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			store.markOnReview(clientId);
			store.history(clientId, actor.login(), "REGISTERED", ClientStatus.NEW, ClientStatus.ON_REVIEW, null,
					actor.distributorId());
			store.request(Kind.REGISTRATION, clientId, actor.distributorId(), null, null, actor.login());
			auditLog.record(AuditAction.CLIENT_REGISTERED, "client", clientId, actor.distributorId(),
					client.inn() + " " + client.name());
		});
	}

	/**
	 * A distributor's user asks the manufacturer to change a client's status, saying why.
	 */
	@Transactional
	public long requestStatus(long clientId, ClientStatus requested, String reason) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		Client client = clients.get(clientId);
		if (actor.isManufacturer()) {
			throw new AccessDeniedException("The manufacturer changes statuses directly");
		}
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		if (requested == null || !client.status().canBecome(requested)) {
			problems.add(new InvalidFieldsException.FieldProblem("status", "client.status.notAllowed"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidFieldsException.FieldProblem("reason", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		long id = store.request(Kind.STATUS_CHANGE, clientId, actor.distributorId(), requested, reason.strip(),
				actor.login());
		auditLog.record(AuditAction.CLIENT_STATUS_REQUESTED, "client", clientId, actor.distributorId(),
				client.status() + " → " + requested);
		return id;
	}

}
