package db.migration.distributors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sellout.portal.shared.RegionList;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Reads each distributor's free-text regions (left in {@code regions_note} by V14_10)
 * with the product's own rules and aliases ({@link RegionList}, the ones sell-out lines
 * are read with): the subjects it recognises become rows of {@code distributor_regions},
 * and the note keeps only what it could not match — shown on the distributor's page and
 * form, never silently lost. In Java because the matching is: the same names,
 * abbreviations and aliases as everywhere else.
 */
public class V14_11__distributor_regions_from_text extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement scope = connection.createStatement()) {
			// the rows of every distributor (both tables force row-level security on
			// their owner)
			scope.execute("select set_config('portal.all_distributors', 'on', true)");
		}
		Map<Long, String> texts = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery(
						"select id, regions_note from distributors where regions_note is not null order by id")) {
			while (rows.next()) {
				texts.put(rows.getLong(1), rows.getString(2));
			}
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into distributor_regions (distributor_id, region_code) values (?, ?) on conflict do nothing");
				PreparedStatement note = connection
					.prepareStatement("update distributors set regions_note = ? where id = ?")) {
			for (Map.Entry<Long, String> text : texts.entrySet()) {
				RegionList parsed = RegionList.parse(text.getValue());
				for (String code : parsed.codes()) {
					insert.setLong(1, text.getKey());
					insert.setString(2, code);
					insert.addBatch();
				}
				note.setString(1, parsed.unmatched());
				note.setLong(2, text.getKey());
				note.addBatch();
			}
			insert.executeBatch();
			note.executeBatch();
		}
	}

}
