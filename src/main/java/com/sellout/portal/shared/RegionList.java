package com.sellout.portal.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A list of regions as a person typed it («Москва, МО; Тверская обл.») read as subjects
 * of the Russian Federation: the parts between commas, semicolons, slashes, line breaks
 * or a lone «и» are each resolved by {@link RegionNames} (names, aliases, codes); a part
 * it does not know is kept as typed in {@code unmatched}, never dropped.
 *
 * @param regions the subjects found, each once, in the order of the text
 * @param unmatched the parts no rule or alias knows, joined by «, », or null when none
 */
public record RegionList(List<Region> regions, @Nullable String unmatched) {

	public static RegionList parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return new RegionList(List.of(), null);
		}
		Map<String, Region> found = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String part : text.split("[,;/\\n\\r|]+|\\s+и\\s+")) {
			String typed = part.strip();
			if (typed.isEmpty()) {
				continue;
			}
			Optional<Region> region = RegionNames.resolve(typed);
			if (region.isPresent()) {
				found.putIfAbsent(region.get().code(), region.get());
			}
			else if (!unknown.contains(typed)) {
				unknown.add(typed);
			}
		}
		return new RegionList(List.copyOf(found.values()), unknown.isEmpty() ? null : String.join(", ", unknown));
	}

	public List<String> codes() {
		return regions.stream().map(Region::code).toList();
	}

}
