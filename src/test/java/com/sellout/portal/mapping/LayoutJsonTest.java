package com.sellout.portal.mapping;

import java.util.List;

import com.sellout.portal.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A layout's JSON: a column's field is written and read by its key, and a key naming no
 * field is refused by column.
 */
class LayoutJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * As the portal stored layouts before their fields were typed (and as the API has
	 * always sent them).
	 */
	private static final String STORED = """
			{"headerRows":[6,7],"firstDataRow":8,"columns":[
			 {"index":0,"header":"Дата","field":"sale_date","confidence":1.0},
			 {"index":1,"header":"Комментарий","field":null,"confidence":0.0},
			 {"index":2,"header":"Сумма без НДС","field":"amount","confidence":0.95}],
			 "settings":{"amountsIncludeVat":false,"vatRate":null,"period":"2007-03"},
			 "grouping":{"column":3,"levels":["client_name","product_name"]}}""";

	@Test
	void aStoredLayoutReadsWithItsFieldsTypedAndIsWrittenBackByKey() {
		Layout layout = JSON.readValue(STORED, Layout.class);
		assertThat(layout.columns()).extracting(Layout.MappedColumn::field)
			.containsExactly(CanonicalField.SALE_DATE, null, CanonicalField.AMOUNT);
		assertThat(layout.settings().period()).isEqualTo("2007-03");
		assertThat(layout.grouping().names(CanonicalField.CLIENT_NAME)).isTrue();
		String written = JSON.writeValueAsString(layout);
		assertThat(written).contains("\"field\":\"sale_date\"", "\"field\":null", "\"field\":\"amount\"")
			.doesNotContain("SALE_DATE");
		assertThat(JSON.readValue(written, Layout.class)).isEqualTo(layout);
	}

	@Test
	void aSentLayoutReadsAsTheStoredOne() {
		assertThat(LayoutJson.read(JSON.readTree(STORED))).isEqualTo(JSON.readValue(STORED, Layout.class));
	}

	@Test
	void aFieldNoKeyNamesIsRefusedWithItsColumn() {
		String sent = """
				{"headerRows":[1],"columns":[{"index":0,"header":"Дата","field":"sale_date"},
				 {"index":1,"header":"Клиент","field":"customer"},{"index":4,"header":"Кол-во","field":"QUANTITY "},
				 {"index":5,"header":"Сумма","field":""}]}""";
		assertThatThrownBy(() -> LayoutJson.read(JSON.readTree(sent))).isInstanceOfSatisfying(
				InvalidFieldsException.class,
				refused -> assertThat(refused.problems()).extracting(InvalidFieldsException.FieldProblem::field)
					.containsExactly("columns[1].field", "columns[5].field"));
	}

	@Test
	void theRequiredFieldsAreToldFromTypedColumns() {
		List<Layout.MappedColumn> columns = List.of(new Layout.MappedColumn(0, "Дата", CanonicalField.SALE_DATE, 1.0),
				new Layout.MappedColumn(1, "EAN", CanonicalField.EAN, 1.0),
				new Layout.MappedColumn(2, "Заметка", null, 0.0));
		assertThat(RequiredFields.missing(columns)).containsExactly("client_name|client_inn", "quantity",
				"price|amount");
	}

}
