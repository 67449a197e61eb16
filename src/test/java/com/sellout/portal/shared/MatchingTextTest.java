package com.sellout.portal.shared;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** How text is compared for matching, case by case, for each of the three strengths. */
class MatchingTextTest {

	/**
	 * What the import headers of catalogue and clients read as separators (see
	 * {@code reading.Column}).
	 */
	private static final String HEADER_SEPARATORS = "._:*\"'()-/";

	static Stream<Arguments> spaced() {
		return Stream.of(arguments(null, ""), arguments("", ""), arguments("   ", ""),
				arguments("Розничная Сеть", "розничная сеть"), arguments("ЁЛКА ёлка", "елка елка"),
				arguments("  розничная   сеть  ", "розничная сеть"), arguments("розничная\u00A0сеть", "розничная сеть"),
				arguments("1\u202F496\u2009шт", "1 496 шт"), arguments("розничная\tсеть\r\nюг", "розничная сеть юг"),
				arguments("\uFEFFартикул", "артикул"),
				// punctuation and quotes stay: a mapping's source «ООО "Альфа"» is not
				// «ООО Альфа»
				arguments("ООО «Альфа»", "ооо «альфа»"), arguments("ООО \"Альфа\"", "ооо \"альфа\""),
				arguments("Ед. изм.:", "ед. изм.:"));
	}

	@ParameterizedTest
	@MethodSource
	void spaced(String text, String expected) {
		assertThat(MatchingText.spaced(text)).isEqualTo(expected);
	}

	static Stream<Arguments> spacedWithSeparators() {
		return Stream.of(arguments(null, ""), arguments("Ед. изм.:", "ед изм"), arguments("Штрих-код", "штрих код"),
				arguments("list_price", "list price"), arguments("Кол-во (шт)*", "кол во шт"),
				arguments("Цена/руб", "цена руб"), arguments("Код\u00A0клиента", "код клиента"),
				arguments("«Наименование»", "наименование"), arguments("“Name” ‘x’", "name x"),
				arguments("Ёмкость", "емкость"),
				// only the separators named: a comma, «№» and «%» still count
				arguments("Цена, руб", "цена, руб"), arguments("№ документа", "№ документа"),
				arguments("НДС %", "ндс %"));
	}

	@ParameterizedTest
	@MethodSource
	void spacedWithSeparators(String text, String expected) {
		assertThat(MatchingText.spaced(text, HEADER_SEPARATORS)).isEqualTo(expected);
	}

	static Stream<Arguments> words() {
		return Stream.of(arguments(null, "", ""), arguments("Сумма без НДС, руб.", "", "сумма без ндс руб"),
				arguments("  --Кол-во!!  ", "", "кол во"), arguments("ООО «Ёлка» “Юг”", "", "ооо елка юг"),
				arguments("ООО \"Альфа\"", "", "ооо альфа"), arguments("Сумма\u00A0с\u202FНДС", "", "сумма с ндс"),
				arguments("Ставка НДС, %", "", "ставка ндс"), arguments("Ставка НДС, %", "%№", "ставка ндс %"),
				arguments("№ п/п", "%№", "№ п п"), arguments("Артикул_2", "", "артикул 2"), arguments("...", "", ""));
	}

	@ParameterizedTest
	@MethodSource
	void words(String text, String kept, String expected) {
		assertThat(MatchingText.words(text, kept)).isEqualTo(expected);
	}

}
