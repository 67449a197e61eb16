package com.sellout.portal.clients;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.clients.ClientRequest.Kind;
import com.sellout.portal.shared.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of registering clients and deciding about them, behind
 * {@link ClientRegistration}, {@link ClientDecisions}, {@link ClientSeeding} and
 * {@link ClientDirectory}: those keep the rules, the scopes and the audit, this only
 * reads and writes rows — always within their transaction.
 */
@Component
class ClientStore {

	private final JdbcClient jdbc;

	ClientStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises registrations of one ИНН until the transaction ends, so that it is
	 * created once.
	 */
	void lockInn(String inn) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("client:" + inn).query(Object.class).list();
	}

	Optional<Long> findByInnAndKpp(String inn, String kpp) {
		return jdbc.sql("select id from clients where inn = ? and coalesce(kpp, '') = coalesce(?, '')")
			.params(inn, kpp)
			.query(Long.class)
			.optional();
	}

	long insert(ClientForm form, Segment segment, Region region, ClientStatus status) {
		long id = jdbc.sql("""
				insert into clients (inn, kpp, ogrn, name, segment, region_code, region_name, city, address, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(form.inn(), form.kpp(), form.ogrn(), form.name(), segment == null ? null : segment.code(),
					region == null ? null : region.code(), region == null ? null : region.name(), form.city(),
					form.address(), status.name())
			.query(Long.class)
			.single();
		if (form.contactName() != null || form.contactEmail() != null || form.contactPhone() != null) {
			jdbc.sql("insert into client_contacts (client_id, name, email, phone) values (?, ?, ?, ?)")
				.params(id, form.contactName() == null ? "—" : form.contactName(), form.contactEmail(),
						form.contactPhone())
				.update();
		}
		return id;
	}

	/** NEW → ON_REVIEW; false when the client was no longer NEW. */
	boolean markOnReview(long clientId) {
		return jdbc.sql("update clients set status = 'ON_REVIEW', updated_at = now() where id = ? and status = 'NEW'")
			.param(clientId)
			.update() > 0;
	}

	void setStatus(long clientId, ClientStatus status) {
		jdbc.sql("update clients set status = ?, updated_at = now() where id = ?")
			.params(status.name(), clientId)
			.update();
	}

	boolean isAssigned(long clientId, long distributorId) {
		return jdbc.sql("select count(*) from client_assignments where client_id = ? and distributor_id = ?")
			.params(clientId, distributorId)
			.query(Long.class)
			.single() > 0;
	}

	void assign(long clientId, long distributorId, String actor) {
		jdbc.sql("""
				insert into client_assignments (client_id, distributor_id, assigned_by) values (?, ?, ?)
				on conflict do nothing""").params(clientId, distributorId, actor).update();
	}

	/**
	 * Ends an assignment and the distributor's managers' scopes over the client; false
	 * when there was none.
	 */
	boolean unassign(long clientId, long distributorId) {
		if (jdbc.sql("delete from client_assignments where client_id = ? and distributor_id = ?")
			.params(clientId, distributorId)
			.update() == 0) {
			return false;
		}
		jdbc.sql("delete from manager_client_scopes where client_id = ? and distributor_id = ?")
			.params(clientId, distributorId)
			.update();
		return true;
	}

	long request(Kind kind, long clientId, long distributorId, ClientStatus status, String reason, String actor) {
		return jdbc
			.sql("""
					insert into client_requests (kind, client_id, distributor_id, inn, kpp, requested_status, reason, requested_by)
					select ?, id, ?, inn, kpp, ?, ?, ? from clients where id = ? returning id""")
			.params(kind.name(), distributorId, status == null ? null : status.name(), reason, actor, clientId)
			.query(Long.class)
			.single();
	}

	Optional<Long> pendingAssignment(long clientId, long distributorId) {
		return jdbc.sql("""
				select id from client_requests where kind = 'ASSIGNMENT' and state = 'PENDING'
				   and client_id = ? and distributor_id = ?""")
			.params(clientId, distributorId)
			.query(Long.class)
			.optional();
	}

	Optional<ClientRequest> request(long id) {
		return jdbc.sql(RequestQueries.SELECT + " where r.id = ?").param(id).query(ClientRequest.class).optional();
	}

	void decide(long requestId, boolean approve, String comment, String actor) {
		jdbc.sql("""
				update client_requests set state = ?, decided_by = ?, decided_at = now(), decision_comment = ?
				 where id = ?""").params(approve ? "APPROVED" : "REJECTED", actor, comment, requestId).update();
	}

	void history(long clientId, String actor, String action, ClientStatus from, ClientStatus to, String reason,
			Long distributorId) {
		jdbc.sql("""
				insert into client_history (client_id, actor, action, from_status, to_status, reason, distributor_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clientId, actor, action, from == null ? null : from.name(), to == null ? null : to.name(), reason,
					distributorId)
			.update();
	}

	/** Every client's ИНН, region and segment, a head office before its branches. */
	/** The distributor's registered clients' names by ИНН, head offices first. */
	Map<String, String> namesOf(long distributorId) {
		Map<String, String> names = new LinkedHashMap<>();
		jdbc.sql("""
				select c.inn, c.name from clients c join client_assignments a on a.client_id = c.id
				 where a.distributor_id = ? and c.status not in ('NEW', 'REJECTED')
				 order by c.kpp nulls first, c.id""")
			.param(distributorId)
			.query((rs, i) -> Map.entry(rs.getString("inn"), rs.getString("name")))
			.list()
			.forEach(entry -> names.putIfAbsent(entry.getKey(), entry.getValue()));
		return names;
	}

	List<KnownClient> known() {
		return jdbc.sql("select inn, region_code, segment from clients order by kpp nulls first, id")
			.query(KnownClient.class)
			.list();
	}

	/**
	 * Creates the clients not known yet as {@code NEW}, assigned to the distributor whose
	 * sell-out named them, with their history; set-based. Answers how many were created.
	 */
	int createFound(long distributorId, Collection<FoundClient> found) {
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
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		Long[] created = ids.toArray(Long[]::new);
		jdbc.sql("""
				insert into client_assignments (client_id, distributor_id, assigned_by)
				select id, ?, 'sell-out' from unnest(?) as id on conflict do nothing""")
			.params(distributorId, created)
			.update();
		jdbc.sql("""
				insert into client_history (client_id, actor, action, to_status, reason, distributor_id)
				select id, 'system', 'FOUND_IN_SELLOUT', 'NEW', null, ? from unnest(?) as id""")
			.params(distributorId, created)
			.update();
		return ids.size();
	}

}
