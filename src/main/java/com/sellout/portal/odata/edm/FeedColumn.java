package com.sellout.portal.odata.edm;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.jspecify.annotations.Nullable;

/**
 * One property of an entity type and the SQL expression that reads it from its set's
 * source.
 *
 * @param precision digits of a decimal, or fractional-second digits of a timestamp
 */
public record FeedColumn(String name, EdmPrimitiveTypeKind type, String sql, @Nullable Integer precision,
		@Nullable Integer scale) {

	public static FeedColumn text(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.String, sql, null, null);
	}

	public static FeedColumn int64(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.Int64, sql, null, null);
	}

	public static FeedColumn int32(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.Int32, sql, null, null);
	}

	public static FeedColumn decimal(String name, String sql, int precision, int scale) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.Decimal, sql, precision, scale);
	}

	/** A business date: a sale's, a document's, a month's first day. */
	public static FeedColumn date(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.Date, sql, null, null);
	}

	/** A moment, written with its offset, to the millisecond. */
	public static FeedColumn timestamp(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.DateTimeOffset, sql, 3, null);
	}

	public static FeedColumn bool(String name, String sql) {
		return new FeedColumn(name, EdmPrimitiveTypeKind.Boolean, sql, null, null);
	}

	public boolean textual() {
		return type == EdmPrimitiveTypeKind.String;
	}

}
