package com.sellout.portal.mapping;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A layout as a person or a system sends it in JSON. A column's field is a
 * {@link CanonicalField} named by its key; a key that names no field is refused with the
 * column it is in, before the layout is read, so that the sender learns which column is
 * wrong rather than that the body is.
 */
public final class LayoutJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LayoutJson() {
	}

	/**
	 * The layout of the body; {@link InvalidFieldsException} names each column whose
	 * field is unknown.
	 */
	public static Layout read(JsonNode body) {
		List<FieldProblem> problems = new ArrayList<>();
		for (JsonNode column : body.path("columns")) {
			JsonNode field = column.path("field");
			if (!field.isMissingNode() && !field.isNull()
					&& (!field.isString() || CanonicalField.byKey(field.asString()).isEmpty())) {
				problems.add(new FieldProblem("columns[" + column.path("index").asInt() + "].field",
						"sellout.mapping.unknownField"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		try {
			return JSON.treeToValue(body, Layout.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The layout cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

}
