package com.sellout.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subject of the Russian Federation by its FNS code ("77" — г. Москва). The list ships
 * with the product ({@code regions/ru-subjects.csv}); four codes of 2022 are marked
 * unconfirmed there.
 */
public record Region(String code, String name, boolean confirmed) {

	private static final Map<String, Region> ALL = load();

	public static Optional<Region> byCode(String code) {
		return Optional.ofNullable(code == null ? null : ALL.get(code.strip()));
	}

	public static List<Region> all() {
		return List.copyOf(ALL.values());
	}

	private static Map<String, Region> load() {
		Map<String, Region> regions = new LinkedHashMap<>();
		try (InputStream in = Region.class.getResourceAsStream("/regions/ru-subjects.csv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			text.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
				String[] parts = line.split(";", -1);
				regions.put(parts[0], new Region(parts[0], parts[1], Boolean.parseBoolean(parts[2])));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(regions);
	}

}
