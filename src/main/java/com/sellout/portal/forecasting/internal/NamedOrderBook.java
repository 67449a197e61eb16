package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.NamedOrder;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named orders ({@code named_orders}, row-level security on the distributor): a
 * distributor's users enter, see and delete their own, the manufacturer's all. Each field
 * is checked and a refusal names it in the user's language; every change is audited.
 */
@Service
class NamedOrderBook implements NamedOrders {

	static final int MAX_PROJECT = 200;

	private static final String SELECT = """
			select o.id, o.distributor_id, d.code, o.client_inn, o.sku, p.name, o.quantity, o.month, o.project,
			       o.created_at, o.created_by
			  from named_orders o join distributor_directory d on d.id = o.distributor_id
			  left join catalog_products p on p.sku = o.sku""";

	private final JdbcClient jdbc;

	private final Distributors distributors;

	private final Catalog catalog;

	private final AuditLog audit;

	private final RequestedScope scope;

	private final NamedOrderImport importer;

	private final Clock clock;

	NamedOrderBook(JdbcClient jdbc, Distributors distributors, Catalog catalog, AuditLog audit, RequestedScope scope,
			NamedOrderImport importer) {
		this.jdbc = jdbc;
		this.distributors = distributors;
		this.catalog = catalog;
		this.audit = audit;
		this.scope = scope;
		this.importer = importer;
		this.clock = Clock.systemDefaultZone();
	}

	/** A form checked: what is stored. */
	record Checked(long distributorId, String inn, String sku, BigDecimal quantity, YearMonth month, String project) {
	}

	@Override
	@Transactional
	public NamedOrder create(NamedOrderForm form) {
		Checked order = check(form);
		long id = store(order);
		audit.record(AuditAction.NAMED_ORDER_CREATED, "named_order", id, order.distributorId(),
				order.sku() + " × " + order.quantity().stripTrailingZeros().toPlainString() + " " + order.month() + " "
						+ order.inn() + " «" + order.project() + "»");
		return find(id).orElseThrow();
	}

	/** Checks every field; the problems of all of them at once. */
	Checked check(NamedOrderForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Long distributorId = distributor(form.distributor(), problems);
		String inn = text(form.clientInn());
		if (inn == null) {
			problems.add(new FieldProblem("clientInn", "forecast.namedOrder.clientInn.required"));
		}
		else if (!Inn.isValid(inn)) {
			problems.add(new FieldProblem("clientInn", "forecast.namedOrder.clientInn.invalid"));
		}
		String sku = text(form.sku());
		if (sku == null) {
			problems.add(new FieldProblem("sku", "forecast.namedOrder.sku.required"));
		}
		else if (catalog.findBySku(sku).isEmpty()) {
			problems.add(new FieldProblem("sku", "forecast.namedOrder.sku.unknown"));
		}
		BigDecimal quantity = quantity(form.quantity(), problems);
		YearMonth month = month(form.month(), problems);
		String project = text(form.project());
		if (project == null) {
			problems.add(new FieldProblem("project", "forecast.namedOrder.project.required"));
		}
		else if (project.length() > MAX_PROJECT) {
			problems.add(new FieldProblem("project", "forecast.namedOrder.project.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return new Checked(distributorId, inn, sku, quantity, month, project);
	}

	long store(Checked order) {
		return jdbc.sql("""
				insert into named_orders (distributor_id, client_inn, sku, quantity, month, project, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(order.distributorId(), order.inn(), order.sku(), order.quantity(),
					Date.valueOf(order.month().atDay(1)), order.project(), actor())
			.query(Long.class)
			.single();
	}

	private @Nullable Long distributor(@Nullable String code, List<FieldProblem> problems) {
		DataScope current = DataScopes.current();
		String given = text(code);
		if (given == null) {
			if (current.isDistributor()) {
				return current.distributorId();
			}
			problems.add(new FieldProblem("distributor", "forecast.namedOrder.distributor.required"));
			return null;
		}
		Optional<Distributor> found = distributors.findByCodeOrInn(given);
		if (found.isEmpty()) {
			problems.add(new FieldProblem("distributor", "forecast.namedOrder.distributor.unknown"));
			return null;
		}
		return found.get().id();
	}

	private static @Nullable BigDecimal quantity(@Nullable String text, List<FieldProblem> problems) {
		String value = text(text);
		if (value == null) {
			problems.add(new FieldProblem("quantity", "forecast.namedOrder.quantity.required"));
			return null;
		}
		try {
			BigDecimal quantity = new BigDecimal(value.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
			if (quantity.signum() <= 0) {
				problems.add(new FieldProblem("quantity", "forecast.namedOrder.quantity.positive"));
				return null;
			}
			if (quantity.scale() > 3 || quantity.precision() - quantity.scale() > 15) {
				problems.add(new FieldProblem("quantity", "forecast.namedOrder.quantity.invalid"));
				return null;
			}
			return quantity;
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("quantity", "forecast.namedOrder.quantity.invalid"));
			return null;
		}
	}

	private @Nullable YearMonth month(@Nullable String text, List<FieldProblem> problems) {
		String value = text(text);
		if (value == null) {
			problems.add(new FieldProblem("month", "forecast.namedOrder.month.required"));
			return null;
		}
		YearMonth month;
		try {
			month = YearMonth.parse(value.length() > 7 && value.charAt(7) == '-' ? value.substring(0, 7) : value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("month", "forecast.namedOrder.month.invalid"));
			return null;
		}
		if (month.isBefore(YearMonth.now(clock))) {
			problems.add(new FieldProblem("month", "forecast.namedOrder.month.past"));
			return null;
		}
		return month;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NamedOrder> list(@Nullable Long distributorId, @Nullable YearMonth from) {
		Long id = scope.distributor(distributorId);
		return jdbc.sql(SELECT + """

				where (cast(:distributor as bigint) is null or o.distributor_id = :distributor)
				  and (cast(:from as date) is null or o.month >= :from)
				order by o.month, d.code, o.sku, o.id""")
			.param("distributor", id)
			.param("from", from == null ? null : Date.valueOf(from.atDay(1)))
			.query((rs, n) -> row(rs))
			.list();
	}

	Optional<NamedOrder> find(long id) {
		return jdbc.sql(SELECT + " where o.id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	private static NamedOrder row(ResultSet rs) throws SQLException {
		return new NamedOrder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), null, rs.getString(5),
				rs.getString(6), rs.getBigDecimal(7), Quantities.month(rs.getDate(8)), rs.getString(9),
				rs.getObject(10, OffsetDateTime.class), rs.getString(11));
	}

	@Override
	@Transactional
	public void delete(long id) {
		NamedOrder order = find(id).orElseThrow(NotFoundException::new);
		jdbc.sql("delete from named_orders where id = ?").param(id).update();
		audit.record(AuditAction.NAMED_ORDER_DELETED, "named_order", id, order.distributorId(),
				order.sku() + " × " + order.quantity().stripTrailingZeros().toPlainString() + " " + order.month() + " «"
						+ order.project() + "»");
	}

	@Override
	@Transactional
	public ImportSummary importXlsx(String fileName, byte[] content) {
		ImportSummary summary = importer.importFile(fileName, content, this);
		audit.record(AuditAction.NAMED_ORDERS_IMPORTED, "import", summary.id(), DataScopes.current().distributorId(),
				fileName + ": " + summary.added() + " added, " + summary.skipped() + " skipped");
		return summary;
	}

	/** Who is logged in, for created_by and updated_by. */
	static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
