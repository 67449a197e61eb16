package com.sellout.portal.distributors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import db.migration.distributors.V14_11__distributor_regions_from_text;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration of the free-text regions, run on sample texts in a transaction that is
 * rolled back: what it recognises becomes subjects, what it does not stays as the note.
 */
class DistributorRegionsMigrationTest extends PortalTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void theFreeTextBecomesSubjectsAndTheRestStaysVisibleAsTheNote() throws Exception {
		String prefix = "MIG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		List<String> texts = List.of("Москва, Московская область", "МО; СПб / Татарстан", "Тверская обл., ЦФО",
				"вся Сибирь");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String code = prefix + i;
			String text = texts.get(i);
			int seed = 7400 + i;
			ids.add(asSystem(() -> jdbc.sql(
					"insert into distributors (code, name, inn, regions_note, active) values (?, ?, ?, ?, false) returning id")
				.params(code, "ООО " + code, TestInns.organisation(seed), text)
				.query(Long.class)
				.single()));
		}

		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				new V14_11__distributor_regions_from_text().migrate(context(connection));

				assertThat(codes(connection, ids.get(0))).containsExactly("50", "77");
				assertThat(note(connection, ids.get(0))).isNull();
				assertThat(codes(connection, ids.get(1))).containsExactly("16", "50", "78");
				assertThat(note(connection, ids.get(1))).isNull();
				assertThat(codes(connection, ids.get(2))).containsExactly("69");
				assertThat(note(connection, ids.get(2))).isEqualTo("ЦФО");
				assertThat(codes(connection, ids.get(3))).isEmpty();
				assertThat(note(connection, ids.get(3))).as("kept, not lost").isEqualTo("вся Сибирь");
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static List<String> codes(Connection connection, long id) throws Exception {
		try (PreparedStatement select = connection.prepareStatement(
				"select region_code from distributor_regions where distributor_id = ? order by region_code")) {
			select.setLong(1, id);
			List<String> codes = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					codes.add(rows.getString(1));
				}
			}
			return codes;
		}
	}

	private static String note(Connection connection, long id) throws Exception {
		try (PreparedStatement select = connection
			.prepareStatement("select regions_note from distributors where id = ?")) {
			select.setLong(1, id);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static Context context(Connection connection) {
		return new Context() {

			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}

		};
	}

}
