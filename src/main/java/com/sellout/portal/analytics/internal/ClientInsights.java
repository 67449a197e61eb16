package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the sales go to: each distributor's segments (amounts and shares of the
 * distributor's net amount), the concentration of the net amount in the ten largest
 * clients, and the clients new in the range (sales in it and none in the range of the
 * same length before) and lost (the reverse). A client is its ИНН; lines without one
 * (retail buyers) count in the totals but are nobody's client.
 */
@Service
public class ClientInsights {

	static final int TOP = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A distributor's segment: its net amount and lines, and its share in percent. */
	public record SegmentRow(long distributorId, String distributor, @Nullable String segment, BigDecimal amountNet,
			long lines, @Nullable BigDecimal share) {
	}

	/** A client with its net amount (and share of the total, in the concentration). */
	public record ClientAmount(String inn, @Nullable String name, BigDecimal amountNet, long lines,
			@Nullable BigDecimal share) {
	}

	/** The ten largest clients and their share of the whole net amount. */
	public record Concentration(BigDecimal total, long clients, List<ClientAmount> top, BigDecimal topAmount,
			@Nullable BigDecimal topShare, Rollup source) {
	}

	/** Clients new in the range (their amount in it) and lost (their amount before). */
	public record Turnover(List<ClientAmount> gained, List<ClientAmount> lost, SalesFilter previous, Rollup source) {
	}

	private final JdbcClient jdbc;

	ClientInsights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<SegmentRow> segments(SalesFilter filter, ClientRestriction restriction) {
		Rollup source = segmentSource(filter, restriction);
		List<SegmentRow> rows = jdbc
			.sql("select t.distributor_id, d.code, t.client_segment,"
					+ " coalesce(sum(t.amount_net), 0), sum(t.lines) from " + source.table()
					+ " t join distributor_directory d on d.id = t.distributor_id"
					+ Selection.where(filter, restriction) + " group by t.distributor_id, d.code, t.client_segment"
					+ " order by d.code, coalesce(sum(t.amount_net), 0) desc, t.client_segment nulls last")
			.params(Selection.params(filter, restriction))
			.query((rs, i) -> new SegmentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getLong(5), null))
			.list();
		Map<Long, BigDecimal> perDistributor = new HashMap<>();
		rows.forEach(r -> perDistributor.merge(r.distributorId(), r.amountNet(), BigDecimal::add));
		return rows.stream()
			.map(r -> new SegmentRow(r.distributorId(), r.distributor(), r.segment(), r.amountNet(), r.lines(),
					share(r.amountNet(), perDistributor.get(r.distributorId()))))
			.toList();
	}

	public Rollup segmentSource(SalesFilter filter, ClientRestriction restriction) {
		return Selection.source(EnumSet.of(Dimension.DISTRIBUTOR, Dimension.SEGMENT), filter, restriction);
	}

	@Transactional(readOnly = true)
	public Concentration concentration(SalesFilter filter, ClientRestriction restriction) {
		Rollup source = Selection.source(EnumSet.of(Dimension.CLIENT), filter, restriction);
		List<ClientAmount> clients = jdbc
			.sql("select t.client_inn, coalesce(sum(t.amount_net), 0), sum(t.lines) from " + source.table() + " t"
					+ Selection.where(filter, restriction) + " group by t.client_inn")
			.params(Selection.params(filter, restriction))
			.query((rs, i) -> new ClientAmount(rs.getString(1), null, rs.getBigDecimal(2), rs.getLong(3), null))
			.list();
		BigDecimal total = clients.stream().map(ClientAmount::amountNet).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<ClientAmount> known = new ArrayList<>(clients.stream().filter(c -> c.inn() != null).toList());
		known.sort((a, b) -> b.amountNet().compareTo(a.amountNet()) != 0 ? b.amountNet().compareTo(a.amountNet())
				: a.inn().compareTo(b.inn()));
		List<ClientAmount> top = known.subList(0, Math.min(TOP, known.size()));
		Map<String, String> names = names(top.stream().map(ClientAmount::inn).toList(), filter);
		BigDecimal topAmount = top.stream().map(ClientAmount::amountNet).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Concentration(total, known.size(),
				top.stream()
					.map(c -> new ClientAmount(c.inn(), names.get(c.inn()), c.amountNet(), c.lines(),
							share(c.amountNet(), total)))
					.toList(),
				topAmount, share(topAmount, total), source);
	}

	@Transactional(readOnly = true)
	public Turnover turnover(SalesFilter filter, ClientRestriction restriction) {
		SalesFilter previous = filter.previous();
		SalesFilter both = filter.within(previous.from(), filter.to());
		Rollup source = Selection.source(EnumSet.of(Dimension.CLIENT), both, restriction);
		record Both(String inn, BigDecimal now, long linesNow, BigDecimal before, long linesBefore) {
		}
		Map<String, Object> params = Selection.params(both, restriction);
		params.put("split", filter.from().atDay(1));
		List<Both> rows = jdbc
			.sql("select t.client_inn," + " coalesce(sum(t.amount_net) filter (where t.period >= :split), 0),"
					+ " coalesce(sum(t.lines) filter (where t.period >= :split), 0),"
					+ " coalesce(sum(t.amount_net) filter (where t.period < :split), 0),"
					+ " coalesce(sum(t.lines) filter (where t.period < :split), 0) from " + source.table() + " t"
					+ Selection.where(both, restriction) + " and t.client_inn is not null group by t.client_inn")
			.params(params)
			.query((rs, i) -> new Both(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4),
					rs.getLong(5)))
			.list();
		List<Both> gained = rows.stream().filter(r -> r.linesNow() > 0 && r.linesBefore() == 0).toList();
		List<Both> lost = rows.stream().filter(r -> r.linesNow() == 0 && r.linesBefore() > 0).toList();
		List<String> inns = new ArrayList<>();
		gained.forEach(r -> inns.add(r.inn()));
		lost.forEach(r -> inns.add(r.inn()));
		Map<String, String> names = names(inns, both);
		return new Turnover(
				sorted(gained.stream()
					.map(r -> new ClientAmount(r.inn(), names.get(r.inn()), r.now(), r.linesNow(), null))
					.toList()),
				sorted(lost.stream()
					.map(r -> new ClientAmount(r.inn(), names.get(r.inn()), r.before(), r.linesBefore(), null))
					.toList()),
				previous, source);
	}

	private static List<ClientAmount> sorted(List<ClientAmount> clients) {
		List<ClientAmount> list = new ArrayList<>(clients);
		list.sort((a, b) -> b.amountNet().compareTo(a.amountNet()) != 0 ? b.amountNet().compareTo(a.amountNet())
				: a.inn().compareTo(b.inn()));
		return list;
	}

	/** The clients' names as the lines wrote them (the rollup of clients keeps them). */
	private Map<String, String> names(List<String> inns, SalesFilter filter) {
		Map<String, String> names = new HashMap<>();
		if (inns.isEmpty()) {
			return names;
		}
		jdbc.sql("select client_inn, max(client_name) from sales_by_client where client_inn = any(:inns)"
				+ " and period between :from and :to group by client_inn")
			.param("inns", inns.toArray(String[]::new))
			.param("from", filter.from().atDay(1))
			.param("to", filter.to().atDay(1))
			.query((rs, i) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	static @Nullable BigDecimal share(BigDecimal part, @Nullable BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

}
