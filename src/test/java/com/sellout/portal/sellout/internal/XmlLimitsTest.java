package com.sellout.portal.sellout.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.mapping.CanonicalField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A 1C file costs time in proportion to its size: deep nesting inside a document is
 * refused at the depth limit, with its reason, and a big flat file of many documents is
 * read whole, quickly.
 */
class XmlLimitsTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message">
			<msg:Header><msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6</msg:Format></msg:Header>
			<Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6">
			""";

	private static final String TAIL = "</Body></Message>\n";

	private static List<SourceLine> read(byte[] content) {
		List<SourceLine> lines = new ArrayList<>();
		new EnterpriseDataSource(OwnOrganisation.of(0, List.of())).read(content, lines::add);
		return lines;
	}

	private static String sale(int number, String extra) {
		return "<Документ.РеализацияТоваровУслуг><КлючевыеСвойства><Дата>2010-03-05T12:00:00</Дата><Номер>Р-" + number
				+ "</Номер></КлючевыеСвойства><СуммаВключаетНДС>false</СуммаВключаетНДС><Контрагент><Наименование>ООО"
				+ " Щитстрой</Наименование><ИНН>6645390113</ИНН></Контрагент><Товары><Строка><ДанныеНоменклатуры>"
				+ "<Номенклатура><Артикул>EL-10001</Артикул></Номенклатура></ДанныеНоменклатуры><Количество>2</Количество>"
				+ "<Сумма>1480.88</Сумма>" + extra + "</Строка></Товары></Документ.РеализацияТоваровУслуг>\n";
	}

	/**
	 * A sale whose row holds elements each inside the one before: 100,000 of them make
	 * about 700 KB.
	 */
	static byte[] nested(int depth) {
		return (HEAD + sale(1, "<a>".repeat(depth) + "x" + "</a>".repeat(depth)) + TAIL)
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aHundredThousandNestedElementsAreRefusedAtTheDepthLimitQuickly() {
		byte[] file = nested(100_000);
		assertThat(file.length).isBetween(600_000, 800_000);
		long started = System.nanoTime();
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThatThrownBy(() -> read(file)).isInstanceOf(RefusedFileException.class).satisfies(ex -> {
					RefusedFileException refused = (RefusedFileException) ex;
					assertThat(refused.messageKey()).isEqualTo("sellout.rejected.xmlTooDeep");
					assertThat(refused.arguments()).containsExactly(XmlDocuments.MAX_DEPTH);
				}));
		System.out.printf("nested 100k XML refused in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void nestingJustWithinTheLimitIsRead() {
		// the row is 5 levels down (Message, Body, the document, Товары, Строка): the
		// rest is the file's own
		assertThat(read(nested(XmlDocuments.MAX_DEPTH - 5))).hasSize(1);
		assertThatThrownBy(() -> read(nested(XmlDocuments.MAX_DEPTH - 4))).isInstanceOf(RefusedFileException.class);
	}

	@Test
	void aBigFlatFileOfManyDocumentsIsReadWholeAndFast() {
		StringBuilder xml = new StringBuilder(HEAD);
		String deepButValid = "<ДопРеквизиты>" + "<Реквизит>".repeat(40) + "v" + "</Реквизит>".repeat(40)
				+ "</ДопРеквизиты>";
		int documents = 40_000;
		for (int i = 1; i <= documents; i++) {
			xml.append(sale(i, i % 10 == 0 ? deepButValid : ""));
		}
		byte[] file = xml.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
		assertThat(file.length).isGreaterThan(20_000_000);
		long started = System.nanoTime();
		List<SourceLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(file));
		System.out.printf("flat EnterpriseData of %d MB, %d lines read in %d ms%n", file.length / 1024 / 1024,
				lines.size(), (System.nanoTime() - started) / 1_000_000);
		assertThat(lines).hasSize(documents);
		assertThat(lines.get(documents - 1).get(CanonicalField.DOCUMENT_NO)).isEqualTo("Р-" + documents);
		assertThat(lines.get(documents - 1).get(CanonicalField.AMOUNT)).isEqualTo("1480.88");
	}

	@Test
	void commerceMlIsHeldToTheSameDepth() {
		String goods = "<Товары><Товар><Артикул>EL-10001</Артикул><Количество>1</Количество>" + "<b>".repeat(100_000)
				+ "</b>".repeat(100_000) + "</Товар></Товары>";
		byte[] file = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><КоммерческаяИнформация ВерсияСхемы=\"2.08\"><Документ>"
				+ "<Номер>1</Номер><Дата>2010-03-05</Дата><ХозОперация>Отпуск товара</ХозОперация>" + goods
				+ "</Документ></КоммерческаяИнформация>")
			.getBytes(StandardCharsets.UTF_8);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
				() -> new CommerceMlSource(OwnOrganisation.of(0, List.of())).read(file, line -> {
				}))
			.isInstanceOf(RefusedFileException.class)
			.hasFieldOrPropertyWithValue("messageKey", "sellout.rejected.xmlTooDeep"));
	}

}
