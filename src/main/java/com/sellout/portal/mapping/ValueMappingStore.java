package com.sellout.portal.mapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code value_mappings}, mapping's own table: every statement on it is here.
 */
@Repository
class ValueMappingStore {

	private final JdbcClient jdbc;

	ValueMappingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ValueMapping> list(long distributorId, ValueMappingType type) {
		return jdbc.sql("""
				select type, from_value as "from", to_value as "to", updated_at, updated_by from value_mappings
				 where distributor_id = ? and (?::text is null or type = ?) order by type, from_key""")
			.params(distributorId, type == null ? null : type.name(), type == null ? null : type.name())
			.query(ValueMapping.class)
			.list();
	}

	Map<ValueMappingType, Map<String, String>> snapshot(long distributorId) {
		Map<ValueMappingType, Map<String, String>> snapshot = new EnumMap<>(ValueMappingType.class);
		jdbc.sql("select type, from_key, to_value from value_mappings where distributor_id = ?")
			.param(distributorId)
			.query((rs, i) -> {
				snapshot.computeIfAbsent(ValueMappingType.valueOf(rs.getString(1)), t -> new HashMap<>())
					.put(rs.getString(2), rs.getString(3));
				return null;
			})
			.list();
		return snapshot;
	}

	/** The mapping of this source key replaces the one there was. */
	void save(long distributorId, ValueMappingType type, String fromKey, String from, String to, String actor) {
		jdbc.sql("""
				insert into value_mappings (distributor_id, type, from_key, from_value, to_value, updated_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (distributor_id, type, from_key)
				do update set from_value = excluded.from_value, to_value = excluded.to_value,
				              updated_at = now(), updated_by = excluded.updated_by""")
			.params(distributorId, type.name(), fromKey, from, to, actor)
			.update();
	}

}
