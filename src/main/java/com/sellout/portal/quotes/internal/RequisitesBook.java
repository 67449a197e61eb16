package com.sellout.portal.quotes.internal;

import java.util.Optional;

import com.sellout.portal.quotes.Requisites;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requisites printed on proposals, and the manufacturer's logos. */
@Repository
public class RequisitesBook {

	private static final String COLUMNS = "name, inn, kpp, address, bank, bik, account, corr_account, phone, email";

	private final JdbcClient jdbc;

	RequisitesBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Requisites> manufacturer() {
		return jdbc.sql("select " + COLUMNS + " from quote_manufacturer_requisites").query(Requisites.class).optional();
	}

	public @Nullable Long manufacturerLogoId() {
		return jdbc.sql("select logo_id from quote_manufacturer_requisites").query(Long.class).optional().orElse(null);
	}

	public void saveManufacturer(Requisites r) {
		jdbc.sql("""
				insert into quote_manufacturer_requisites (id, name, inn, kpp, address, bank, bik, account,
				                                           corr_account, phone, email)
				values (true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, inn = excluded.inn, kpp = excluded.kpp,
				       address = excluded.address, bank = excluded.bank, bik = excluded.bik,
				       account = excluded.account, corr_account = excluded.corr_account, phone = excluded.phone,
				       email = excluded.email, updated_at = now()""")
			.params(r.name(), r.inn(), r.kpp(), r.address(), r.bank(), r.bik(), r.account(), r.corrAccount(), r.phone(),
					r.email())
			.update();
	}

	/** Stores a checked logo and makes it the manufacturer's. */
	public long saveLogo(LogoCheck.Logo logo, byte[] content, String defaultName) {
		long id = jdbc
			.sql("insert into quote_logos (content_type, width, height, content) values (?, ?, ?, ?) returning id")
			.params(logo.contentType(), logo.width(), logo.height(), content)
			.query(Long.class)
			.single();
		int changed = jdbc.sql("update quote_manufacturer_requisites set logo_id = ?, updated_at = now()")
			.param(id)
			.update();
		if (changed == 0) {
			jdbc.sql("insert into quote_manufacturer_requisites (id, name, logo_id) values (true, ?, ?)")
				.params(defaultName, id)
				.update();
		}
		return id;
	}

	public void removeLogo() {
		jdbc.sql("update quote_manufacturer_requisites set logo_id = null, updated_at = now()").update();
	}

	public Optional<byte[]> logo(long id) {
		return jdbc.sql("select content from quote_logos where id = ?").param(id).query(byte[].class).optional();
	}

	public Optional<Requisites> distributor(long distributorId) {
		return jdbc.sql("select " + COLUMNS + " from quote_distributor_requisites where distributor_id = ?")
			.param(distributorId)
			.query(Requisites.class)
			.optional();
	}

	public void saveDistributor(long distributorId, Requisites r) {
		jdbc.sql("""
				insert into quote_distributor_requisites (distributor_id, name, inn, kpp, address, bank, bik, account,
				                                          corr_account, phone, email)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (distributor_id) do update set name = excluded.name, inn = excluded.inn,
				       kpp = excluded.kpp, address = excluded.address, bank = excluded.bank, bik = excluded.bik,
				       account = excluded.account, corr_account = excluded.corr_account, phone = excluded.phone,
				       email = excluded.email, updated_at = now()""")
			.params(distributorId, r.name(), r.inn(), r.kpp(), r.address(), r.bank(), r.bik(), r.account(),
					r.corrAccount(), r.phone(), r.email())
			.update();
	}

}
