package com.sellout.portal.audit;

import java.time.OffsetDateTime;
import java.util.List;

import com.sellout.portal.shared.IpAddresses;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did what, when and from where. Append-only: the database refuses updates and
 * deletes.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action of the current user (or of the given actor when nobody is logged
	 * in yet).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String actor, String targetType, Object targetId, Long distributorId,
			String details) {
		recordFrom(null, action, actor, targetType, targetId, distributorId, details);
	}

	/**
	 * Records an action that came from this address when it did not come over HTTP (an
	 * FTP login, say); an HTTP request's own address wins.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordFrom(String address, AuditAction action, String actor, String targetType, Object targetId,
			Long distributorId, String details) {
		String requestAddress = currentAddress();
		jdbc.sql("""
				insert into audit_events (actor, actor_address, action, target_type, target_id, details, distributor_id,
				                          actor_agent)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(actor != null ? actor : currentActor(),
					IpAddresses.readable(requestAddress != null ? requestAddress : address), action.name(), targetType,
					targetId == null ? null : targetId.toString(), truncate(details), distributorId, currentAgent())
			.update();
	}

	public void record(AuditAction action, String targetType, Object targetId, Long distributorId, String details) {
		record(action, null, targetType, targetId, distributorId, details);
	}

	/** The events the current scope may see, newest first. */
	@Transactional(readOnly = true)
	public PageSlice<AuditEvent> find(AuditFilter filter, ListQuery query) {
		String where = """
				where (cast(:action as text) is null or action = :action)
				  and (cast(:actor as text) is null or lower(actor) = lower(:actor))
				  and (cast(:address as text) is null or actor_address = :address)
				  and (not :exportsOnly or action like '%\\_EXPORTED' or action like '%\\_DOWNLOADED')
				  and (cast(:search as text) is null or lower(coalesce(details, '') || ' ' || coalesce(target_id, '')) like :search)
				  and (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or occurred_at < :to)""";
		var count = jdbc.sql("select count(*) from audit_events " + where);
		var rows = jdbc.sql("select * from audit_events " + where
				+ " order by occurred_at desc, id desc limit :limit offset :offset");
		for (var spec : List.of(count, rows)) {
			spec.param("action", filter.action() == null ? null : filter.action().name())
				.param("actor", filter.actor())
				.param("address", filter.address())
				.param("exportsOnly", filter.exportsOnly())
				.param("search", query.likePattern())
				.param("from", filter.from())
				.param("to", filter.to());
		}
		long total = count.query(Long.class).single();
		List<AuditEvent> items = rows.param("limit", query.size())
			.param("offset", query.offset())
			.query(AuditEvent.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** The actions that count as a failed attempt to prove who one is. */
	public static final List<AuditAction> FAILURES = List.of(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_THROTTLED,
			AuditAction.REAUTHENTICATION_FAILED, AuditAction.SECOND_FACTOR_FAILED);

	/** Failed attempts of one login or from one address in a period. */
	public record Failures(String key, long failures, OffsetDateTime lastAt) {
	}

	/**
	 * Failed logins (and refused confirmations, second-factor codes) counted per login,
	 * most first, in the period {@code [from, to)}.
	 */
	@Transactional(readOnly = true)
	public List<Failures> failuresPerLogin(OffsetDateTime from, OffsetDateTime to) {
		return failures("lower(actor)", from, to);
	}

	/** The same, counted per address. */
	@Transactional(readOnly = true)
	public List<Failures> failuresPerAddress(OffsetDateTime from, OffsetDateTime to) {
		return failures("actor_address", from, to);
	}

	private List<Failures> failures(String key, OffsetDateTime from, OffsetDateTime to) {
		return jdbc
			.sql("select " + key + " as key, count(*) as failures, max(occurred_at) as last_at from audit_events"
					+ " where action in (:actions) and occurred_at >= :from and occurred_at < :to and " + key
					+ " is not null group by " + key + " order by count(*) desc, max(occurred_at) desc limit 200")
			.param("actions", FAILURES.stream().map(Enum::name).toList())
			.param("from", from)
			.param("to", to)
			.query(Failures.class)
			.list();
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? null : auth.getName();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String currentAgent() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String agent = attributes.getRequest().getHeader("User-Agent");
			return agent == null || agent.length() <= 500 ? agent : agent.substring(0, 500);
		}
		return null;
	}

	private static String truncate(String details) {
		return details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
	}

	/**
	 * Filters of the audit page; any may be null.
	 *
	 * @param exportsOnly only who exported or downloaded what ({@code *_EXPORTED},
	 * {@code *_DOWNLOADED})
	 */
	public record AuditFilter(AuditAction action, String actor, String address, OffsetDateTime from, OffsetDateTime to,
			boolean exportsOnly) {

		public AuditFilter(AuditAction action, String actor, OffsetDateTime from, OffsetDateTime to) {
			this(action, actor, null, from, to, false);
		}

	}

}
