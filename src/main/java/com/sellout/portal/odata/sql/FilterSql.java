package com.sellout.portal.odata.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.odata.edm.FeedColumn;
import com.sellout.portal.odata.edm.FeedSet;
import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitor;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.apache.olingo.server.api.uri.queryoption.expression.MethodKind;
import org.apache.olingo.server.api.uri.queryoption.expression.UnaryOperatorKind;

import static org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind.Boolean;
import static org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind.Int32;
import static org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind.String;

/**
 * Translates a {@code $filter} to a parameterised SQL condition on the set's columns:
 * comparisons, {@code and or not}, {@code in}, {@code contains startswith endswith
 * tolower toupper length} on text and {@code year month day} on dates. The rows are never
 * filtered in memory; what is not translated is refused with a 400 naming it. Types are
 * checked here, so that a comparison the database would refuse never reaches it.
 */
final class FilterSql implements ExpressionVisitor<Sql> {

	private final FeedSet set;

	FilterSql(FeedSet set) {
		this.set = set;
	}

	@Override
	public Sql visitMember(Member member) throws ODataApplicationException {
		List<UriResource> parts = member.getResourcePath().getUriResourceParts();
		if (parts.size() != 1 || !(parts.get(0) instanceof UriResourcePrimitiveProperty property)) {
			throw refused("a filter on a navigation or a lambda");
		}
		FeedColumn column = set.require(property.getProperty().getName());
		return Sql.of(column.sql(), column.type());
	}

	@Override
	public Sql visitLiteral(Literal literal) throws ODataApplicationException {
		return Literals.parse(literal);
	}

	@Override
	public Sql visitBinaryOperator(BinaryOperatorKind operator, Sql left, Sql right) throws ODataApplicationException {
		return switch (operator) {
			case AND, OR -> {
				requireBoolean(left, operator);
				requireBoolean(right, operator);
				yield Sql.join(Boolean, "(", left, ") " + operator.name().toLowerCase() + " (", right, ")");
			}
			case EQ, NE -> {
				if (left.isNullLiteral() || right.isNullLiteral()) {
					Sql value = left.isNullLiteral() ? right : left;
					yield Sql.join(Boolean, "(", value,
							operator == BinaryOperatorKind.EQ ? ") is null" : ") is not null");
				}
				requireComparable(left, right, operator);
				// OData's null ne 'x' is true: a missing value differs from any given one
				yield Sql.join(Boolean, "(", left, operator == BinaryOperatorKind.EQ ? ") = (" : ") is distinct from (",
						right, ")");
			}
			case GT, GE, LT, LE -> {
				requireComparable(left, right, operator);
				String sign = switch (operator) {
					case GT -> ">";
					case GE -> ">=";
					case LT -> "<";
					default -> "<=";
				};
				yield Sql.join(Boolean, "(", left, ") " + sign + " (", right, ")");
			}
			default -> throw refused("the operator " + operator);
		};
	}

	@Override
	public Sql visitBinaryOperator(BinaryOperatorKind operator, Sql left, List<Sql> right)
			throws ODataApplicationException {
		if (operator != BinaryOperatorKind.IN || right.isEmpty()) {
			throw refused("the operator " + operator);
		}
		List<Object> parts = new ArrayList<>(List.of("(", left, ") in ("));
		for (int i = 0; i < right.size(); i++) {
			requireComparable(left, right.get(i), operator);
			parts.add(i == 0 ? "" : ", ");
			parts.add(right.get(i));
		}
		parts.add(")");
		return Sql.join(Boolean, parts.toArray());
	}

	@Override
	public Sql visitUnaryOperator(UnaryOperatorKind operator, Sql operand) throws ODataApplicationException {
		if (operator == UnaryOperatorKind.NOT) {
			requireBoolean(operand, operator);
			return Sql.join(Boolean, "not coalesce((", operand, "), false)");
		}
		throw refused("the operator " + operator);
	}

	@Override
	public Sql visitMethodCall(MethodKind method, List<Sql> args) throws ODataApplicationException {
		return switch (method) {
			case CONTAINS -> text(args, method, Boolean, "strpos(", 0, ", ", 1, ") > 0");
			case STARTSWITH -> text(args, method, Boolean, "starts_with(", 0, ", ", 1, ")");
			case ENDSWITH -> text(args, method, Boolean, "right(", 0, ", length(", 1, ")) = ", 1);
			case TOLOWER -> text(args, method, String, "lower(", 0, ")");
			case TOUPPER -> text(args, method, String, "upper(", 0, ")");
			case LENGTH -> text(args, method, Int32, "length(", 0, ")");
			case YEAR -> datePart(args, method, "year");
			case MONTH -> datePart(args, method, "month");
			case DAY -> datePart(args, method, "day");
			default -> throw refused("the function " + method.toString());
		};
	}

	@Override
	public Sql visitLambdaExpression(String lambdaFunction, String lambdaVariable, Expression expression)
			throws ODataApplicationException {
		throw refused("a lambda (any, all)");
	}

	@Override
	public Sql visitAlias(String aliasName) throws ODataApplicationException {
		throw refused("a parameter alias");
	}

	@Override
	public Sql visitTypeLiteral(EdmType type) throws ODataApplicationException {
		throw refused("a type literal");
	}

	@Override
	public Sql visitLambdaReference(String variableName) throws ODataApplicationException {
		throw refused("a lambda (any, all)");
	}

	@Override
	public Sql visitEnum(EdmEnumType type, List<String> enumValues) throws ODataApplicationException {
		throw refused("an enumeration");
	}

	/** Builds a call over text arguments: each int in the parts is the index of one. */
	private Sql text(List<Sql> args, MethodKind method, EdmPrimitiveTypeKind yields, Object... parts)
			throws ODataApplicationException {
		for (Sql arg : args) {
			if (arg.type() != String) {
				throw bad(method + " takes text");
			}
		}
		Object[] resolved = new Object[parts.length];
		for (int i = 0; i < parts.length; i++) {
			resolved[i] = parts[i] instanceof Integer index ? args.get(index) : parts[i];
		}
		return Sql.join(yields, resolved);
	}

	private Sql datePart(List<Sql> args, MethodKind method, String field) throws ODataApplicationException {
		Sql arg = args.get(0);
		if (arg.type() != EdmPrimitiveTypeKind.Date && arg.type() != EdmPrimitiveTypeKind.DateTimeOffset) {
			throw bad(method + " takes a date");
		}
		String zone = arg.type() == EdmPrimitiveTypeKind.DateTimeOffset ? " at time zone 'UTC'" : "";
		return Sql.join(Int32, "extract(" + field + " from (", arg, ")" + zone + ")::int");
	}

	private static void requireBoolean(Sql operand, Object operator) throws ODataApplicationException {
		if (operand.type() != Boolean) {
			throw bad(operator + " takes conditions");
		}
	}

	private static void requireComparable(Sql left, Sql right, Object operator) throws ODataApplicationException {
		if (left.isNullLiteral() || right.isNullLiteral()) {
			throw bad(operator + " with null: use eq null or ne null");
		}
		if (family(left.type()) != family(right.type())) {
			throw bad(operator + " compares " + left.type() + " with " + right.type());
		}
	}

	private static String family(EdmPrimitiveTypeKind type) {
		return switch (type) {
			case Byte, SByte, Int16, Int32, Int64, Decimal, Double, Single -> "number";
			case Date, DateTimeOffset -> "time";
			default -> type.name();
		};
	}

	static ODataApplicationException refused(String what) {
		return new ODataApplicationException("This feed does not support " + what + " in $filter",
				HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
	}

	static ODataApplicationException bad(String message) {
		return new ODataApplicationException("$filter: " + message, HttpStatusCode.BAD_REQUEST.getStatusCode(),
				Locale.ROOT);
	}

}
