package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.sellout.LineProblem;
import tools.jackson.databind.json.JsonMapper;

/** A line after checking: typed values where they could be read, and its problems. */
final class ValidatedLine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	int number;

	LocalDate saleDate;

	String documentNo;

	String clientInn;

	String clientKpp;

	String clientName;

	String clientSegment;

	String regionCode;

	String city;

	String deliveryAddress;

	String sku;

	String distributorSku;

	String ean;

	String productName;

	BigDecimal quantity;

	String unit;

	BigDecimal priceNet;

	BigDecimal amountNet;

	BigDecimal vatRate;

	String currency;

	String warehouse;

	String project;

	BigDecimal floorPrice;

	BigDecimal belowFloorPct;

	/** A stock line's cost per unit, when the file gives one. */
	BigDecimal cost;

	/** Errors: the line is an exception when there is one. */
	final List<LineProblem> errors = new ArrayList<>(0);

	/** Things to look at that do not stop the line (a region not understood). */
	final List<LineProblem> warnings = new ArrayList<>(0);

	/** What the file said, kept for exceptions so that a person can fix them. */
	Map<String, String> source;

	boolean accepted() {
		return errors.isEmpty();
	}

	boolean isDeviation() {
		return belowFloorPct != null;
	}

	void error(String field, String value, String code) {
		errors.add(new LineProblem(field, value, code));
	}

	void warning(String field, String value, String code) {
		warnings.add(new LineProblem(field, value, code));
	}

	/**
	 * The errors and then the warnings as stored in {@code sellout_lines.problems}; null
	 * when there are none.
	 */
	String problemsJson() {
		if (errors.isEmpty() && warnings.isEmpty()) {
			return null;
		}
		List<Map<String, String>> all = new ArrayList<>();
		errors.forEach(problem -> all.add(entry(problem, "error")));
		warnings.forEach(problem -> all.add(entry(problem, "warning")));
		return JSON.writeValueAsString(all);
	}

	private static Map<String, String> entry(LineProblem problem, String level) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", problem.field());
		entry.put("value", problem.value());
		entry.put("code", problem.code());
		entry.put("level", level);
		return entry;
	}

}
