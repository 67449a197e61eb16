package com.sellout.portal.odata.sql;

import java.util.ArrayList;
import java.util.List;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.jspecify.annotations.Nullable;

/**
 * A piece of SQL with its {@code ?} parameters in order, and the OData type it yields
 * (null for the {@code null} literal).
 */
public record Sql(String text, List<Object> params, @Nullable EdmPrimitiveTypeKind type, boolean isNullLiteral) {

	static Sql of(String text, @Nullable EdmPrimitiveTypeKind type) {
		return new Sql(text, List.of(), type, false);
	}

	static Sql param(Object value, EdmPrimitiveTypeKind type) {
		return new Sql("?", List.of(value), type, false);
	}

	static Sql nullLiteral() {
		return new Sql("null", List.of(), null, true);
	}

	/**
	 * The parts joined in order, their parameters too, as one expression of this type.
	 */
	static Sql join(EdmPrimitiveTypeKind type, Object... parts) {
		StringBuilder text = new StringBuilder();
		List<Object> params = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof Sql sql) {
				text.append(sql.text);
				params.addAll(sql.params);
			}
			else {
				text.append(part);
			}
		}
		return new Sql(text.toString(), List.copyOf(params), type, false);
	}

}
