package com.sellout.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the subject of the Russian Federation a person meant: «Моск. обл», «МО»,
 * «Московская обл.» → Московская область; «СПб», «г Санкт-Петербург» → г.
 * Санкт-Петербург; «РТ», «Татарстан» → Республика Татарстан; a two-digit code → its
 * subject. Official names and the usual abbreviations are understood by rule, the rest by
 * the list shipped in {@code regions/aliases.csv}. Never guesses: a name it does not know
 * is no region.
 */
public final class RegionNames {

	private static final Map<String, Region> KNOWN = load();

	private RegionNames() {
	}

	public static Optional<Region> resolve(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String stripped = text.strip();
		if (stripped.matches("\\d{1,3}")) {
			return Region.byCode(stripped.length() == 1 ? "0" + stripped : stripped);
		}
		return Optional.ofNullable(KNOWN.get(key(stripped)));
	}

	/**
	 * Lower case, ё as е, no punctuation, abbreviations spelt out, «г.» and brackets
	 * dropped.
	 */
	static String key(String text) {
		String value = MatchingText.words(text.replaceAll("\\(.*?\\)", " "), "");
		StringBuilder key = new StringBuilder();
		for (String word : value.split(" ")) {
			String spelt = switch (word) {
				case "обл", "об" -> "область";
				case "кр" -> "край";
				case "респ", "р" -> "республика";
				case "ао" -> "автономный округ";
				case "г", "город" -> "";
				default -> word;
			};
			if (!spelt.isEmpty()) {
				key.append(key.isEmpty() ? "" : " ").append(spelt);
			}
		}
		return key.toString();
	}

	private static Map<String, Region> load() {
		Map<String, Region> known = new HashMap<>();
		for (Region region : Region.all()) {
			String name = key(region.name());
			known.put(name, region);
			if (name.startsWith("республика ")) {
				String rest = name.substring("республика ".length());
				known.putIfAbsent(rest, region);
				known.putIfAbsent(rest + " республика", region);
			}
			if (name.endsWith(" республика")) {
				known.putIfAbsent(name.substring(0, name.length() - " республика".length()), region);
			}
		}
		try (InputStream in = RegionNames.class.getResourceAsStream("/regions/aliases.csv")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("alias;"))
				.forEach(line -> {
					String[] parts = line.split(";", -1);
					known.put(key(parts[0]), Region.byCode(parts[1].strip())
						.orElseThrow(() -> new IllegalStateException("Unknown region code in aliases.csv: " + line)));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(known);
	}

}
