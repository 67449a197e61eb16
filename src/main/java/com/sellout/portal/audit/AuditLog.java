package com.sellout.portal.audit;

import java.time.OffsetDateTime;
import java.util.List;

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
				insert into audit_events (actor, actor_address, action, target_type, target_id, details, distributor_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(actor != null ? actor : currentActor(), requestAddress != null ? requestAddress : address,
					action.name(), targetType, targetId == null ? null : targetId.toString(), truncate(details),
					distributorId)
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
				  and (cast(:search as text) is null or lower(coalesce(details, '') || ' ' || coalesce(target_id, '')) like :search)
				  and (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or occurred_at < :to)""";
		var count = jdbc.sql("select count(*) from audit_events " + where);
		var rows = jdbc.sql("select * from audit_events " + where
				+ " order by occurred_at desc, id desc limit :limit offset :offset");
		for (var spec : List.of(count, rows)) {
			spec.param("action", filter.action() == null ? null : filter.action().name())
				.param("actor", filter.actor())
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

	private static String truncate(String details) {
		return details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
	}

	/** Filters of the audit page; any may be null. */
	public record AuditFilter(AuditAction action, String actor, OffsetDateTime from, OffsetDateTime to) {
	}

}
