package com.sellout.portal.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deliveries log: every FTP and e-mail delivery, in the caller's data scope. */
@Service
public class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which deliveries a list shows; every part optional. */
	public record Filter(Long distributorId, String channel, DeliveryStatus status) {
	}

	private static final Map<String, String> SORTS = Map.of("received_at", "d.received_at", "channel", "d.channel",
			"status", "d.status", "sender", "d.sender", "distributor", "ds.name");

	private static final String SELECT = """
			select d.id, d.distributor_id, ds.name as distributor, d.channel, d.sender, d.subject, d.status, d.reason,
			       d.received_by, d.received_at, d.completed_at
			  from deliveries d left join distributor_directory ds on ds.id = d.distributor_id""";

	private static final String WHERE = " where (:distributor::bigint is null or d.distributor_id = :distributor)"
			+ " and (:channel::text is null or d.channel = :channel) and (:status::text is null or d.status = :status)";

	@Transactional(readOnly = true)
	public PageSlice<Delivery> find(Filter filter, ListQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("distributor", filter.distributorId());
		params.put("channel", filter.channel());
		params.put("status", filter.status() == null ? null : filter.status().name());
		long total = jdbc.sql("select count(*) from deliveries d" + WHERE).params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(query.sort() == null ? "" : query.sort(), "d.received_at")
				+ (query.descending() ? " desc" : " asc") + ", d.id desc";
		List<Delivery> items = jdbc.sql(SELECT + WHERE + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, row) -> delivery(rs, List.of()))
			.list();
		List<Delivery> withFiles = items.stream().map(d -> withFiles(d)).toList();
		return new PageSlice<>(withFiles, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public Delivery get(long id) {
		return jdbc.sql(SELECT + " where d.id = ?")
			.param(id)
			.query((rs, row) -> delivery(rs, List.of()))
			.optional()
			.map(this::withFiles)
			.orElseThrow(NotFoundException::new);
	}

	private Delivery withFiles(Delivery delivery) {
		List<Delivery.DeliveredFile> files = jdbc.sql("""
				select f.file_name, f.report_id, f.new_report, f.refusal, r.status
				  from delivery_files f left join sellout_report_states r on r.id = f.report_id
				 where f.delivery_id = ? order by f.position""")
			.param(delivery.id())
			.query((rs, row) -> new Delivery.DeliveredFile(rs.getString(1), (Long) rs.getObject(2), rs.getBoolean(3),
					rs.getString(4), rs.getString(5)))
			.list();
		return new Delivery(delivery.id(), delivery.distributorId(), delivery.distributor(), delivery.channel(),
				delivery.sender(), delivery.subject(), delivery.status(), delivery.reason(), delivery.receivedBy(),
				delivery.receivedAt(), delivery.completedAt(), files);
	}

	private static Delivery delivery(ResultSet rs, List<Delivery.DeliveredFile> files) throws SQLException {
		return new Delivery(rs.getLong("id"), (Long) rs.getObject("distributor_id"), rs.getString("distributor"),
				rs.getString("channel"), rs.getString("sender"), rs.getString("subject"),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("received_by"),
				rs.getObject("received_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
				files);
	}

}
