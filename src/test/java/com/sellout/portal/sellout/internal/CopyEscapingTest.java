package com.sellout.portal.sellout.internal;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A value as PostgreSQL's COPY text format needs it (the lines' path into
 * {@code sellout_lines}): nothing a distributor's cell holds may end a field or a row
 * early, or be read as another value.
 */
class CopyEscapingTest {

	static Stream<Arguments> cells() {
		return Stream.of(
				// plain text, Cyrillic, quotes and emoji pass as they are
				arguments("ООО \"Щитстрой\"", "ООО \"Щитстрой\""),
				arguments("Красноярск, ш. Энтузиастов, д. 109", "Красноярск, ш. Энтузиастов, д. 109"),
				arguments("отчёт 😀", "отчёт 😀"), arguments("", ""),
				// a backslash is doubled, else «\N» in a name would read as null and «\t»
				// as a tab
				arguments("C:\\1C\\Отчеты", "C:\\\\1C\\\\Отчеты"), arguments("\\N", "\\\\N"),
				// a cell's own tab, newline or carriage return would end the field or the
				// row
				arguments("Москва\tул. Ленина", "Москва\\tул. Ленина"),
				arguments("строка 1\nстрока 2", "строка 1\\nстрока 2"),
				arguments("строка 1\r\nстрока 2", "строка 1\\r\\nстрока 2"),
				// PostgreSQL's text cannot hold NUL: it becomes a space
				arguments("ООО\u0000Вектор", "ООО Вектор"),
				// other control characters are legal in COPY's text and kept
				arguments("Склад\u0001№2", "Склад\u0001№2"));
	}

	@ParameterizedTest(name = "[{0}]")
	@MethodSource("cells")
	void aValueCannotEndAFieldOrARowEarly(String value, String copied) {
		StringBuilder buffer = new StringBuilder();

		StagedLines.escape(value, buffer);

		assertThat(buffer.toString()).isEqualTo(copied).doesNotContain("\t", "\n", "\r", "\u0000");
	}

	@ParameterizedTest
	@NullSource
	void noValueIsCopiedAsNull(String value) {
		StringBuilder buffer = new StringBuilder("t\t");

		StagedLines.escape(value, buffer);

		assertThat(buffer).hasToString("t\t\\N");
	}

}
