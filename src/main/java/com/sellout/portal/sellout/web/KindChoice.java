package com.sellout.portal.sellout.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person says of a report besides its layout, in the body of
 * {@code PUT …/mapping}: {@code "kind": "SELLOUT|STOCK"} and a stock report's
 * {@code "asOf": "YYYY-MM-DD"}, each optional; the rest of the body is the layout. A kind
 * or a date that is none is refused by name (422), before anything is kept.
 */
record KindChoice(@Nullable ReportKind kind, @Nullable LocalDate asOf, JsonNode layout) {

	static KindChoice of(JsonNode body) {
		if (!(body instanceof ObjectNode object)) {
			return new KindChoice(null, null, body);
		}
		ObjectNode layout = object.deepCopy();
		JsonNode kindNode = layout.remove("kind");
		JsonNode asOfNode = layout.remove("asOf");
		List<FieldProblem> problems = new ArrayList<>();
		ReportKind kind = null;
		if (kindNode != null && !kindNode.isNull()) {
			try {
				kind = ReportKind.valueOf(kindNode.asString().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("kind", "sellout.mapping.badKind"));
			}
		}
		LocalDate asOf = null;
		if (asOfNode != null && !asOfNode.isNull()) {
			try {
				asOf = LocalDate.parse(asOfNode.asString().strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("asOf", "sellout.mapping.badAsOf"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return new KindChoice(kind, asOf, layout);
	}

}
