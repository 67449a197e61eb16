package com.sellout.portal.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.ValueMappingsRefusedException.Refusal;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.shared.MatchingText;
import com.sellout.portal.shared.Region;
import com.sellout.portal.shared.RegionNames;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A distributor's value mappings: its item codes to our SKUs, its names for regions,
 * units and segments to ours. Loaded from a two-column file ({@code distributor_sku;sku}
 * or {@code from;to}, a header optional) or a JSON array of {@code {"from", "to"}}; a
 * file is saved whole or refused whole, and a code mapped to two different targets is
 * refused with both lines named.
 */
@Service
public class ValueMappings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ValueMappingStore store;

	private final Catalog catalog;

	private final Segments segments;

	private final AuditLog auditLog;

	ValueMappings(ValueMappingStore store, Catalog catalog, Segments segments, AuditLog auditLog) {
		this.store = store;
		this.catalog = catalog;
		this.segments = segments;
		this.auditLog = auditLog;
	}

	/** How a mapping's source is compared: lower case, ё as е, single spaces. */
	public static String key(String text) {
		return MatchingText.spaced(text);
	}

	@Transactional(readOnly = true)
	public List<ValueMapping> list(long distributorId, ValueMappingType type) {
		return store.list(distributorId, type);
	}

	/**
	 * Every mapping of the distributor by type and source key: for checking a report's
	 * lines.
	 */
	@Transactional(readOnly = true)
	public Map<ValueMappingType, Map<String, String>> snapshot(long distributorId) {
		return store.snapshot(distributorId);
	}

	/** Saves the pairs of a CSV or JSON file; answers how many were saved. */
	@Transactional
	public int upload(long distributorId, ValueMappingType type, byte[] content) {
		List<Pair> pairs = parse(content);
		List<Refusal> refusals = new ArrayList<>();
		Map<String, Pair> byKey = new LinkedHashMap<>();
		Resolver resolver = new Resolver(type);
		for (Pair pair : pairs) {
			if (pair.from().isBlank() || pair.to().isBlank()) {
				refusals.add(new Refusal(pair.line(), "valueMapping.empty"));
				continue;
			}
			Optional<String> target = resolver.resolve(pair.to());
			if (target.isEmpty()) {
				refusals.add(new Refusal(pair.line(), "valueMapping.unknownTarget." + type.name(), pair.to()));
				continue;
			}
			Pair resolved = new Pair(pair.line(), pair.from().strip(), target.get());
			Pair earlier = byKey.putIfAbsent(key(pair.from()), resolved);
			if (earlier != null && !earlier.to().equals(resolved.to())) {
				refusals.add(new Refusal(pair.line(), "valueMapping.conflict", pair.from(), earlier.line(),
						earlier.to(), pair.line(), resolved.to()));
			}
		}
		if (!refusals.isEmpty()) {
			throw new ValueMappingsRefusedException(refusals);
		}
		String actor = CurrentUser.get().map(CurrentUser::login).orElse("system");
		for (Map.Entry<String, Pair> entry : byKey.entrySet()) {
			store.save(distributorId, type, entry.getKey(), entry.getValue().from(), entry.getValue().to(), actor);
		}
		auditLog.record(AuditAction.VALUE_MAPPINGS_CHANGED, "value-mappings", type, distributorId,
				byKey.size() + " " + type);
		return byKey.size();
	}

	private record Pair(int line, String from, String to) {
	}

	/**
	 * Brings a mapping's target to our own value: a catalog SKU, a region code, a segment
	 * code.
	 */
	private final class Resolver {

		private final ValueMappingType type;

		private Map<String, String> skus;

		Resolver(ValueMappingType type) {
			this.type = type;
		}

		Optional<String> resolve(String to) {
			String value = to.strip();
			return switch (type) {
				case SKU -> {
					if (skus == null) {
						skus = new HashMap<>();
						catalog.identities().forEach(p -> skus.put(key(p.sku()), p.sku()));
					}
					yield Optional.ofNullable(skus.get(key(value)));
				}
				case REGION -> Region.byCode(value).or(() -> RegionNames.resolve(value)).map(Region::code);
				case SEGMENT -> segments.resolve(value).map(Segment::code);
				case UNIT -> Optional.of(value);
			};
		}

	}

	private static List<Pair> parse(byte[] content) {
		int start = 0;
		while (start < content.length && (Character.isWhitespace(content[start]) || (content[start] & 0xFF) == 0xEF
				|| (content[start] & 0xFF) == 0xBB || (content[start] & 0xFF) == 0xBF)) {
			start++;
		}
		if (start < content.length && content[start] == '[') {
			return parseJson(content);
		}
		List<Pair> pairs = new ArrayList<>();
		try {
			TableReader.read(content, row -> addRow(pairs, row));
		}
		catch (UnreadableFileException ex) {
			throw new ValueMappingsRefusedException(List.of(new Refusal(0, ex.messageKey(), ex.arguments())));
		}
		return pairs;
	}

	private static void addRow(List<Pair> pairs, RawRow row) {
		if (row.isBlank()) {
			return;
		}
		String from = row.cell(0);
		String to = row.cell(1);
		boolean header = pairs.isEmpty() && row.number() == 1 && isHeader(from, to);
		if (!header) {
			pairs.add(new Pair(row.number(), from, to));
		}
	}

	private static boolean isHeader(String from, String to) {
		String a = key(from);
		String b = key(to);
		return (a.equals("from") || a.equals("distributor_sku") || a.startsWith("код") || a.startsWith("из"))
				&& (b.equals("to") || b.equals("sku") || b.startsWith("артикул") || b.startsWith("в"));
	}

	private static List<Pair> parseJson(byte[] content) {
		try {
			JsonNode array = JSON.readTree(content);
			List<Pair> pairs = new ArrayList<>();
			int line = 0;
			for (JsonNode item : array) {
				line++;
				pairs.add(new Pair(line, item.path("from").asString(""), item.path("to").asString("")));
			}
			return pairs;
		}
		catch (JacksonException ex) {
			throw new ValueMappingsRefusedException(List.of(new Refusal(0, "sellout.rejected.badJson",
					ex.getLocation() == null ? "?" : ex.getLocation().getLineNr())));
		}
	}

}
