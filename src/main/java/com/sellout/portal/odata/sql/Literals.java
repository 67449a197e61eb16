package com.sellout.portal.odata.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.olingo.commons.api.edm.EdmPrimitiveType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;

/** A {@code $filter} literal as a typed SQL parameter. */
final class Literals {

	private Literals() {
	}

	static Sql parse(Literal literal) throws ODataApplicationException {
		EdmType type = literal.getType();
		String text = literal.getText();
		if (type == null || "null".equals(text)) {
			return Sql.nullLiteral();
		}
		EdmPrimitiveTypeKind kind = kind(type);
		try {
			return switch (kind) {
				case String -> Sql.param(text.substring(1, text.length() - 1).replace("''", "'"), kind);
				case Byte, SByte, Int16, Int32, Int64 -> Sql.param(Long.parseLong(text), EdmPrimitiveTypeKind.Int64);
				case Decimal, Double, Single -> Sql.param(new BigDecimal(text), EdmPrimitiveTypeKind.Decimal);
				case Boolean -> Sql.param("true".equals(text), kind);
				case Date -> Sql.param(LocalDate.parse(text), kind);
				case DateTimeOffset -> Sql.param(OffsetDateTime.parse(text), kind);
				default -> throw FilterSql.refused("literals of type " + type.getName());
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw FilterSql.bad("cannot read the literal " + text);
		}
	}

	private static EdmPrimitiveTypeKind kind(EdmType type) throws ODataApplicationException {
		if (type instanceof EdmPrimitiveType) {
			try {
				return EdmPrimitiveTypeKind.valueOfFQN(type.getFullQualifiedName());
			}
			catch (IllegalArgumentException ex) {
				// falls through to the refusal
			}
		}
		throw FilterSql.refused("literals of type " + type.getName());
	}

}
