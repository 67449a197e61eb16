package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.catalog.FloorBook;
import com.sellout.portal.catalog.PriceFloor;
import com.sellout.portal.catalog.ProductIdentity;
import com.sellout.portal.clients.KnownClient;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappings;

/**
 * What checking one report's lines needs to know, loaded once before the first line: the
 * catalog by SKU, EAN and exact name, the distributor's value mappings, the client
 * registry by ИНН, the segments and the price floors.
 */
final class ReportContext {

	private final long distributorId;

	private final Map<String, String> skus = new HashMap<>();

	private final Map<String, String> eans = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	private final Map<ValueMappingType, Map<String, String>> mappings;

	private final Map<String, KnownClient> clients;

	private final Map<String, String> segments = new HashMap<>();

	private final FloorBook floors;

	/**
	 * The names of the distributor's own registered clients by ИНН: a file without a
	 * client column names its clients by them.
	 */
	private final Map<String, String> clientNames;

	ReportContext(long distributorId, List<ProductIdentity> products,
			Map<ValueMappingType, Map<String, String>> mappings, Map<String, KnownClient> clients,
			List<Segment> segmentList, FloorBook floors) {
		this(distributorId, products, mappings, clients, Map.of(), segmentList, floors);
	}

	ReportContext(long distributorId, List<ProductIdentity> products,
			Map<ValueMappingType, Map<String, String>> mappings, Map<String, KnownClient> clients,
			Map<String, String> clientNames, List<Segment> segmentList, FloorBook floors) {
		this.distributorId = distributorId;
		this.clientNames = clientNames;
		Map<String, Integer> nameCount = new HashMap<>();
		for (ProductIdentity product : products) {
			skus.put(key(product.sku()), product.sku());
			skus.put(product.sku(), product.sku());
			if (product.ean() != null) {
				eans.put(product.ean(), product.sku());
			}
			String name = key(product.name());
			names.put(name, product.sku());
			nameCount.merge(name, 1, Integer::sum);
		}
		nameCount.forEach((name, count) -> {
			if (count > 1) {
				names.remove(name); // a name two products share names neither
			}
		});
		this.mappings = mappings;
		this.clients = clients;
		for (Segment segment : segmentList) {
			segments.put(key(segment.code()), segment.code());
			segments.put(key(segment.nameRu()), segment.code());
			segments.put(key(segment.nameEn()), segment.code());
		}
		this.floors = floors;
	}

	static String key(String text) {
		return ValueMappings.key(text);
	}

	String skuOf(String sku) {
		if (sku == null) {
			return null;
		}
		String exact = skus.get(sku);
		return exact != null ? exact : skus.get(key(sku));
	}

	String skuOfEan(String ean) {
		return eans.get(ean);
	}

	String skuOfName(String name) {
		return names.get(key(name));
	}

	String mappedSku(String distributorSku) {
		String target = mapped(ValueMappingType.SKU, distributorSku);
		return target == null ? null : skuOf(target);
	}

	String mappedRegion(String text) {
		return mapped(ValueMappingType.REGION, text);
	}

	String mappedUnit(String text) {
		return mapped(ValueMappingType.UNIT, text);
	}

	String segmentOf(String text) {
		String mapped = mapped(ValueMappingType.SEGMENT, text);
		return segments.get(key(mapped != null ? mapped : text));
	}

	KnownClient client(String inn) {
		return clients.get(inn);
	}

	/**
	 * The name the registry gives the client of this ИНН, when the client is the
	 * distributor's own; else null.
	 */
	String clientName(String inn) {
		return clientNames.get(inn);
	}

	boolean isRegistered(String inn) {
		return clients.containsKey(inn);
	}

	Optional<PriceFloor> floor(String sku, LocalDate date, String regionCode, String segment) {
		return floors.applicable(sku, date, regionCode, segment, distributorId);
	}

	private String mapped(ValueMappingType type, String text) {
		Map<String, String> byKey = mappings.get(type);
		return byKey == null || text == null ? null : byKey.get(key(text));
	}

}
