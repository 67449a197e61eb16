package com.sellout.portal.mapping.internal;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the grouping column's header of a 1C report grouped by rows is told, case by case.
 */
class GroupLevelsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Контрагент / Номенклатура            | -            | -            | client_name,product_name
			Номенклатура / Контрагент            | -            | -            | product_name,client_name
			Контрагент, Документ, Номенклатура   | -            | -            | client_name,document_no,product_name
			Партнер / Регистратор / Товар        | -            | -            | client_name,document_no,product_name
			Контрагент Номенклатура              | Контрагент   | Номенклатура | client_name,product_name
			Номенклатура                         | -            | -            | -
			Контрагент / Документ                | -            | -            | -
			Контрагент / Количество              | -            | -            | -
			Продажи Количество                   | Продажи      | Количество   | -
			# a stock statement grouped by warehouse, or by product with its warehouses below
			Склад / Номенклатура                 | -            | -            | warehouse,product_name
			Склад Номенклатура                   | Склад        | Номенклатура | warehouse,product_name
			Номенклатура / Склад                 | -            | -            | product_name,warehouse
			Контрагент / Склад                   | -            | -            | -
			""")
	void theGroupingColumnNamesTwoOrThreeGroupingsEndingWithALine(String text, String upper, String lower,
			String levels) {
		Optional<List<String>> found = GroupLevels.of(text, upper, lower);
		if (levels == null) {
			assertThat(found).isEmpty();
		}
		else {
			assertThat(found).contains(List.of(levels.split(",")));
		}
	}

}
