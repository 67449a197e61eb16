package com.sellout.portal.clients;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.MatchingText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client segments: the six of the product, and those the manufacturer adds. */
@Service
public class Segments {

	private final JdbcClient jdbc;

	Segments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Segment> all() {
		return jdbc.sql("select * from client_segments order by sort_order, code").query(Segment.class).list();
	}

	@Transactional(readOnly = true)
	public List<Segment> active() {
		return all().stream().filter(Segment::active).toList();
	}

	/** A segment by its code or by its Russian or English name, ignoring case and ё/е. */
	@Transactional(readOnly = true)
	public Optional<Segment> resolve(String codeOrName) {
		if (codeOrName == null || codeOrName.isBlank()) {
			return Optional.empty();
		}
		String key = normalise(codeOrName);
		return active().stream()
			.filter(s -> s.code().equalsIgnoreCase(codeOrName.strip()) || normalise(s.nameRu()).equals(key)
					|| normalise(s.nameEn()).equals(key))
			.findFirst();
	}

	@Transactional
	public void save(String code, String nameRu, String nameEn, boolean active) {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer maintains segments");
		}
		jdbc.sql("""
				insert into client_segments (code, name_ru, name_en, active, sort_order)
				values (:code, :ru, :en, :active, (select coalesce(max(sort_order), 0) + 10 from client_segments))
				on conflict (code) do update set name_ru = :ru, name_en = :en, active = :active""")
			.param("code", code)
			.param("ru", nameRu)
			.param("en", nameEn)
			.param("active", active)
			.update();
	}

	private static String normalise(String text) {
		return MatchingText.spaced(text);
	}

}
