package com.sellout.portal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price floors and the one question sell-out validation asks of them: which floor applies
 * to SKU X sold on date D to a client of segment S in region R by distributor T. Among
 * the valid rules that fit, the most specific wins: the one naming more of distributor,
 * region and segment; on a tie distributor beats region beats segment; then the latest
 * start, then the newest rule.
 */
@Service
public class PriceFloors {

	private static final String SELECT = """
			select f.id, f.product_id, p.sku, f.min_price, f.valid_from, f.valid_to, f.region_code, f.segment,
			       f.distributor_id, f.created_at, f.created_by, f.replaced_at, f.replaced_by
			  from price_floors f join products p on p.id = f.product_id""";

	private static final Set<String> SORTABLE = Set.of("sku", "min_price", "valid_from", "valid_to", "created_at");

	private final JdbcClient jdbc;

	PriceFloors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<PriceFloor> applicable(String sku, LocalDate date, String regionCode, String segment,
			Long distributorId) {
		List<PriceFloor> rules = jdbc.sql(SELECT + " where p.sku = ? and f.replaced_at is null")
			.param(sku)
			.query(PriceFloor.class)
			.list();
		return new FloorBook(rules).applicable(sku, date, regionCode, segment, distributorId);
	}

	/** Every current rule, for checking many lines at once. */
	@Transactional(readOnly = true)
	public FloorBook book() {
		return new FloorBook(jdbc.sql(SELECT + " where f.replaced_at is null").query(PriceFloor.class).list());
	}

	/** Current rules, filtered by a SKU or name search and a distributor. */
	@Transactional(readOnly = true)
	public PageSlice<PriceFloor> current(Long distributorId, ListQuery query) {
		String where = " " + """
				where f.replaced_at is null
				  and (cast(:distributor as bigint) is null or f.distributor_id = :distributor)
				  and (cast(:search as text) is null or lower(p.sku || ' ' || p.name) like :search)""";
		long total = jdbc.sql("select count(*) from price_floors f join products p on p.id = f.product_id" + where)
			.param("distributor", distributorId)
			.param("search", query.likePattern())
			.query(Long.class)
			.single();
		List<PriceFloor> items = jdbc
			.sql(SELECT + where + " order by " + query.sortOr(SORTABLE, "sku") + " " + query.direction()
					+ " nulls last, f.id limit :limit offset :offset")
			.param("distributor", distributorId)
			.param("search", query.likePattern())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(PriceFloor.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** Every rule a product ever had, current ones first, newest first. */
	@Transactional(readOnly = true)
	public List<PriceFloor> history(long productId) {
		return jdbc
			.sql(SELECT + " where f.product_id = ? order by f.replaced_at is not null, f.created_at desc, f.id desc")
			.param(productId)
			.query(PriceFloor.class)
			.list();
	}

	/**
	 * Sets a rule: it replaces the current rule of the same product, scope and start date
	 * (kept as history); other rules stay. Setting the same price again changes nothing.
	 */
	@Transactional
	public PriceFloor set(PriceFloorForm form) {
		return apply(form).floor();
	}

	/** A rule set, and whether it was new, replaced another, or was already there. */
	public record Applied(PriceFloor floor, RowOutcome.Outcome outcome) {
	}

	@Transactional
	public Applied apply(PriceFloorForm form) {
		Catalog.requireManufacturer();
		long productId = jdbc.sql("select id from products where sku = ?")
			.param(form.sku())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RefusedException("floors.row.unknownSku", form.sku()));
		Optional<PriceFloor> same = jdbc.sql(SELECT + " " + """
				where f.product_id = :product and f.replaced_at is null
				  and f.valid_from is not distinct from :from and f.region_code is not distinct from :region
				  and f.segment is not distinct from :segment and f.distributor_id is not distinct from :distributor""")
			.param("product", productId)
			.param("from", form.validFrom())
			.param("region", form.regionCode())
			.param("segment", form.segment())
			.param("distributor", form.distributorId())
			.query(PriceFloor.class)
			.optional();
		if (same.isPresent() && same.get().minPrice().compareTo(form.minPrice()) == 0
				&& Objects.equals(same.get().validTo(), form.validTo())) {
			return new Applied(same.get(), RowOutcome.Outcome.UNCHANGED);
		}
		String actor = actor();
		same.ifPresent(old -> jdbc.sql("update price_floors set replaced_at = now(), replaced_by = ? where id = ?")
			.params(actor, old.id())
			.update());
		long id = jdbc.sql("""
				insert into price_floors (product_id, min_price, valid_from, valid_to, region_code, segment,
				                          distributor_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(productId, form.minPrice(), form.validFrom(), form.validTo(), form.regionCode(), form.segment(),
					form.distributorId(), actor)
			.query(Long.class)
			.single();
		return new Applied(get(id), same.isPresent() ? RowOutcome.Outcome.UPDATED : RowOutcome.Outcome.ADDED);
	}

	/** Ends a rule: it stops applying and stays in the history. */
	@Transactional
	public void end(long id) {
		Catalog.requireManufacturer();
		PriceFloor floor = get(id);
		if (floor.isCurrent()) {
			jdbc.sql("update price_floors set replaced_at = now(), replaced_by = ? where id = ?")
				.params(actor(), id)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public PriceFloor get(long id) {
		return jdbc.sql(SELECT + " where f.id = ?")
			.param(id)
			.query(PriceFloor.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
