package com.sellout.portal.clients;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.clients.ClientRequest.Kind;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering clients and deciding about them. One client, one record: the ИНН (with the КПП of
 * a branch) is looked up across all distributors; a client that already exists is never created
 * twice — the registration becomes an assignment request for the manufacturer, and the requesting
 * distributor learns only that it is under review.
 */
@Service
public class ClientRegistry {

	private final JdbcClient jdbc;

	private final Requisites requisites;

	private final Segments segments;

	private final Clients clients;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	ClientRegistry(JdbcClient jdbc, Requisites requisites, Segments segments, Clients clients,
			ScopedTransactions transactions, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.requisites = requisites;
		this.segments = segments;
		this.clients = clients;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	/** What became of a registration. */
	public sealed interface Registration {

		/** A new client, {@code ON_REVIEW} (or {@code ACTIVE} when the manufacturer registered it). */
		record Registered(long clientId) implements Registration {
		}

		/** The client existed: the request to work with it waits for the manufacturer. No client id here. */
		record UnderReview(long requestId) implements Registration {
		}

		/** The caller already works with this client. */
		record AlreadyYours(long clientId) implements Registration {
		}

	}

	/** Registers a client for the caller's distributor (or, for the manufacturer, the form's one, if any). */
	public Registration register(ClientForm form) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		List<InvalidFieldsException.FieldProblem> problems = requisites.check(form);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		Long distributorId = actor.isManufacturer() ? form.getDistributorId() : actor.distributorId();
		if (actor.isManufacturer() && distributorId != null && !transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select count(*) from distributors where id = ?").param(distributorId).query(Long.class)
					.single() > 0)) {
			throw new InvalidFieldsException(List.of(new InvalidFieldsException.FieldProblem("distributorId",
					"user.distributor.required")));
		}
		// The uniqueness check and the write look across all distributors, on the caller's behalf.
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> registerAcrossDistributors(form, actor, distributorId));
	}

	private Registration registerAcrossDistributors(ClientForm form, CurrentUser actor, Long distributorId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("client:" + form.getInn()).query(Object.class).list();
		Optional<Long> existing = jdbc.sql("select id from clients where inn = ? and coalesce(kpp, '') = coalesce(?, '')")
			.params(form.getInn(), form.getKpp()).query(Long.class).optional();
		if (existing.isEmpty()) {
			ClientStatus status = actor.isManufacturer() ? ClientStatus.ACTIVE : ClientStatus.ON_REVIEW;
			long id = insert(form, status);
			if (distributorId != null) {
				assignRow(id, distributorId, actor.login());
			}
			history(id, actor.login(), "REGISTERED", null, status, null, actor.isManufacturer() ? null : distributorId);
			if (!actor.isManufacturer()) {
				request(Kind.REGISTRATION, id, distributorId, null, null, actor.login());
			}
			auditLog.record(AuditAction.CLIENT_REGISTERED, "client", id, distributorId, form.getInn() + " " + form.getName());
			return new Registration.Registered(id);
		}
		long clientId = existing.get();
		if (distributorId == null || isAssigned(clientId, distributorId)) {
			return new Registration.AlreadyYours(clientId);
		}
		if (actor.isManufacturer()) {
			// the manufacturer needs no one's approval: the existing client is assigned at once
			assignRow(clientId, distributorId, actor.login());
			history(clientId, actor.login(), "ASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_ASSIGNED, "client", clientId, distributorId, form.getInn());
			return new Registration.AlreadyYours(clientId);
		}
		Optional<Long> pending = jdbc.sql("""
				select id from client_requests where kind = 'ASSIGNMENT' and state = 'PENDING'
				   and client_id = ? and distributor_id = ?""").params(clientId, distributorId).query(Long.class).optional();
		long requestId = pending.orElseGet(() -> request(Kind.ASSIGNMENT, clientId, distributorId, null,
				"registration of an existing client", actor.login()));
		auditLog.record(AuditAction.CLIENT_ASSIGNMENT_REQUESTED, "client", clientId, distributorId, form.getInn());
		return new Registration.UnderReview(requestId);
	}

	/**
	 * A client found in sell-out ({@code NEW}), registered by its distributor in one click with what
	 * the sell-out lines said of it: it goes {@code ON_REVIEW}, with a registration request for the
	 * manufacturer.
	 */
	public void registerFound(long clientId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (actor.isManufacturer()) {
			throw new AccessDeniedException("The manufacturer reviews, a distributor registers");
		}
		Client client = transactions.callAs(actor.scope(), () -> clients.get(clientId)); // visible to the caller, or 404
		if (client.status() != ClientStatus.NEW) {
			throw new InvalidFieldsException(List.of(new InvalidFieldsException.FieldProblem("status",
					"client.status.notAllowed")));
		}
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("update clients set status = 'ON_REVIEW', updated_at = now() where id = ? and status = 'NEW'")
				.param(clientId).update();
			history(clientId, actor.login(), "REGISTERED", ClientStatus.NEW, ClientStatus.ON_REVIEW, null,
					actor.distributorId());
			request(Kind.REGISTRATION, clientId, actor.distributorId(), null, null, actor.login());
			auditLog.record(AuditAction.CLIENT_REGISTERED, "client", clientId, actor.distributorId(),
					client.inn() + " " + client.name());
		});
	}

	/** A distributor's user asks the manufacturer to change a client's status, saying why. */
	@Transactional
	public long requestStatus(long clientId, ClientStatus requested, String reason) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		Client client = clients.get(clientId);
		if (actor.isManufacturer()) {
			throw new AccessDeniedException("The manufacturer changes statuses directly");
		}
		List<InvalidFieldsException.FieldProblem> problems = new java.util.ArrayList<>();
		if (requested == null || !client.status().canBecome(requested)) {
			problems.add(new InvalidFieldsException.FieldProblem("status", "client.status.notAllowed"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidFieldsException.FieldProblem("reason", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		long id = request(Kind.STATUS_CHANGE, clientId, actor.distributorId(), requested, reason.strip(), actor.login());
		auditLog.record(AuditAction.CLIENT_STATUS_REQUESTED, "client", clientId, actor.distributorId(),
				client.status() + " → " + requested);
		return id;
	}

	/** The manufacturer approves or rejects a request, with a comment. */
	@Transactional
	public void decide(long requestId, boolean approve, String comment) {
		String actor = requireManufacturer();
		ClientRequest request = request(requestId).orElseThrow(NotFoundException::new);
		if (!request.isPending()) {
			throw new IllegalStateException("Request " + requestId + " is already decided");
		}
		Client client = clients.get(request.clientId());
		if (approve) {
			switch (request.kind()) {
				case REGISTRATION -> changeStatus(client, ClientStatus.ACTIVE, comment, actor);
				case ASSIGNMENT -> {
					assignRow(client.id(), request.distributorId(), actor);
					history(client.id(), actor, "ASSIGNED", null, null, comment, request.distributorId());
				}
				case STATUS_CHANGE -> changeStatus(client, request.requestedStatus(), comment, actor);
			}
		}
		else if (request.kind() == Kind.REGISTRATION) {
			changeStatus(client, ClientStatus.REJECTED, comment, actor);
		}
		jdbc.sql("""
				update client_requests set state = ?, decided_by = ?, decided_at = now(), decision_comment = ?
				 where id = ?""").params(approve ? "APPROVED" : "REJECTED", actor, comment, requestId).update();
		auditLog.record(approve ? AuditAction.CLIENT_REQUEST_APPROVED : AuditAction.CLIENT_REQUEST_REJECTED, "request",
				requestId, request.distributorId(), request.kind() + " " + client.inn());
	}

	/** The manufacturer changes a client's status directly, saying why. */
	@Transactional
	public void setStatus(long clientId, ClientStatus status, String reason) {
		String actor = requireManufacturer();
		changeStatus(clients.get(clientId), status, reason, actor);
	}

	@Transactional
	public void assign(long clientId, long distributorId) {
		String actor = requireManufacturer();
		clients.get(clientId);
		if (!isAssigned(clientId, distributorId)) {
			assignRow(clientId, distributorId, actor);
			history(clientId, actor, "ASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_ASSIGNED, "client", clientId, distributorId, null);
		}
	}

	@Transactional
	public void unassign(long clientId, long distributorId) {
		String actor = requireManufacturer();
		clients.get(clientId);
		if (jdbc.sql("delete from client_assignments where client_id = ? and distributor_id = ?")
			.params(clientId, distributorId).update() > 0) {
			jdbc.sql("delete from manager_client_scopes where client_id = ? and distributor_id = ?")
				.params(clientId, distributorId).update();
			history(clientId, actor, "UNASSIGNED", null, null, null, distributorId);
			auditLog.record(AuditAction.CLIENT_UNASSIGNED, "client", clientId, distributorId, null);
		}
	}

	/** Loads a client as it is (demo data, imports of the manufacturer's own base): no request, no review. */
	@Transactional
	public long seed(ClientForm form, ClientStatus status, List<Long> distributorIds) {
		requireManufacturer();
		long id = insert(form, status);
		for (Long distributorId : distributorIds) {
			assignRow(id, distributorId, "system");
		}
		history(id, "system", "REGISTERED", null, status, null, null);
		return id;
	}

	/** What the registry knows of a client by ИНН, for sell-out lines that name no region or segment. */
	public record KnownClient(String inn, String regionCode, String segment) {
	}

	/** A client a distributor reported selling to, with what its line said of it. */
	public record FoundClient(String inn, String kpp, String name, String regionCode, String city, String address) {
	}

	/** Every registered client by ИНН (a head office before its branches), across all distributors. */
	@Transactional(readOnly = true)
	public Map<String, KnownClient> directory() {
		requireManufacturer();
		Map<String, KnownClient> directory = new HashMap<>();
		jdbc.sql("select inn, region_code, segment from clients order by kpp nulls first, id")
			.query(KnownClient.class).stream().forEach(client -> directory.putIfAbsent(client.inn(), client));
		return directory;
	}

	/**
	 * Clients with a valid ИНН that a distributor's sell-out names and the registry does not know:
	 * created {@code NEW} (found in sell-out) and assigned to that distributor, for it to register
	 * and the manufacturer to review. Set-based, within the caller's transaction.
	 */
	@Transactional
	public int foundInSellOut(long distributorId, Collection<FoundClient> found) {
		requireManufacturer();
		if (found.isEmpty()) {
			return 0;
		}
		List<FoundClient> list = List.copyOf(found);
		List<Long> ids = jdbc.sql("""
				insert into clients (inn, kpp, name, region_code, region_name, city, address, status)
				select f.inn, f.kpp, f.name, f.region_code, r.name, f.city, f.address, 'NEW'
				  from unnest(:inns, :kpps, :names, :regions, :cities, :addresses)
				       as f (inn, kpp, name, region_code, city, address)
				  left join unnest(:regionCodes, :regionNames) as r (code, name) on r.code = f.region_code
				on conflict (inn, coalesce(kpp, '')) do nothing
				returning id""")
			.param("inns", list.stream().map(FoundClient::inn).toArray(String[]::new))
			.param("kpps", list.stream().map(FoundClient::kpp).toArray(String[]::new))
			.param("names", list.stream().map(FoundClient::name).toArray(String[]::new))
			.param("regions", list.stream().map(FoundClient::regionCode).toArray(String[]::new))
			.param("cities", list.stream().map(FoundClient::city).toArray(String[]::new))
			.param("addresses", list.stream().map(FoundClient::address).toArray(String[]::new))
			.param("regionCodes", Region.all().stream().map(Region::code).toArray(String[]::new))
			.param("regionNames", Region.all().stream().map(Region::name).toArray(String[]::new))
			.query(Long.class).list();
		if (ids.isEmpty()) {
			return 0;
		}
		Long[] created = ids.toArray(Long[]::new);
		jdbc.sql("""
				insert into client_assignments (client_id, distributor_id, assigned_by)
				select id, ?, 'sell-out' from unnest(?) as id on conflict do nothing""")
			.params(distributorId, created).update();
		jdbc.sql("""
				insert into client_history (client_id, actor, action, to_status, reason, distributor_id)
				select id, 'system', 'FOUND_IN_SELLOUT', 'NEW', null, ? from unnest(?) as id""")
			.params(distributorId, created).update();
		return ids.size();
	}

	@Transactional(readOnly = true)
	public Optional<ClientRequest> request(long id) {
		return jdbc.sql(RequestQueries.SELECT + " where r.id = ?").param(id).query(ClientRequest.class).optional();
	}

	private void changeStatus(Client client, ClientStatus target, String reason, String actor) {
		if (target == null || !client.status().canBecome(target)) {
			throw new InvalidFieldsException(List.of(new InvalidFieldsException.FieldProblem("status",
					"client.status.notAllowed")));
		}
		jdbc.sql("update clients set status = ?, updated_at = now() where id = ?").params(target.name(), client.id()).update();
		history(client.id(), actor, "STATUS", client.status(), target, reason, null);
		auditLog.record(AuditAction.CLIENT_STATUS_CHANGED, "client", client.id(), null,
				client.status() + " → " + target + (reason == null ? "" : ": " + reason));
	}

	private long insert(ClientForm form, ClientStatus status) {
		Segment segment = segments.resolve(form.getSegment()).orElse(null);
		Region region = Region.byCode(form.getRegionCode()).orElse(null);
		long id = jdbc.sql("""
				insert into clients (inn, kpp, ogrn, name, segment, region_code, region_name, city, address, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(form.getInn(), form.getKpp(), form.getOgrn(), form.getName(), segment == null ? null : segment.code(),
					region == null ? null : region.code(), region == null ? null : region.name(), form.getCity(),
					form.getAddress(), status.name())
			.query(Long.class).single();
		if (form.getContactName() != null || form.getContactEmail() != null || form.getContactPhone() != null) {
			jdbc.sql("insert into client_contacts (client_id, name, email, phone) values (?, ?, ?, ?)")
				.params(id, form.getContactName() == null ? "—" : form.getContactName(), form.getContactEmail(),
						form.getContactPhone())
				.update();
		}
		return id;
	}

	private boolean isAssigned(long clientId, long distributorId) {
		return jdbc.sql("select count(*) from client_assignments where client_id = ? and distributor_id = ?")
			.params(clientId, distributorId).query(Long.class).single() > 0;
	}

	private void assignRow(long clientId, long distributorId, String actor) {
		jdbc.sql("""
				insert into client_assignments (client_id, distributor_id, assigned_by) values (?, ?, ?)
				on conflict do nothing""").params(clientId, distributorId, actor).update();
	}

	private long request(Kind kind, long clientId, long distributorId, ClientStatus status, String reason, String actor) {
		return jdbc.sql("""
				insert into client_requests (kind, client_id, distributor_id, inn, kpp, requested_status, reason, requested_by)
				select ?, id, ?, inn, kpp, ?, ?, ? from clients where id = ? returning id""")
			.params(kind.name(), distributorId, status == null ? null : status.name(), reason, actor, clientId)
			.query(Long.class).single();
	}

	private void history(long clientId, String actor, String action, ClientStatus from, ClientStatus to, String reason,
			Long distributorId) {
		// Always within the caller's all-distributors transaction: the history is written with the change.
		jdbc.sql("""
				insert into client_history (client_id, actor, action, from_status, to_status, reason, distributor_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, actor, action, from == null ? null : from.name(), to == null ? null : to.name(), reason,
					distributorId)
			.update();
	}

	private static String requireManufacturer() {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer decides about clients");
		}
		return CurrentUser.get().map(CurrentUser::login).orElse("system");
	}

}
