package com.sellout.portal.sellout.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each kind of file gives its lines in the canonical fields, found by content and never
 * by name.
 */
class LineSourcesTest {

	private static byte[] resource(String path) {
		try (InputStream in = LineSourcesTest.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<SourceLine> read(byte[] content) {
		List<SourceLine> lines = new ArrayList<>();
		LineSource source = switch (SourceFormat.detect(content)) {
			case TABLE -> new TabularSource(Map.of(), null, null);
			case ENTERPRISE_DATA -> new EnterpriseDataSource(OwnOrganisation.of(0, List.of()));
			case COMMERCE_ML -> new CommerceMlSource(OwnOrganisation.of(0, List.of()));
			case CANONICAL_JSON -> new CanonicalJsonSource();
		};
		source.read(content, lines::add);
		return lines;
	}

	@Test
	void enterpriseData16FromAPublicExchangeIsRead() {
		byte[] file = resource("/onec/enterprisedata-1.6.xml");
		assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.ENTERPRISE_DATA);
		List<SourceLine> lines = read(file);
		assertThat(lines).hasSize(2);
		SourceLine first = lines.get(0);
		assertThat(first.get(CanonicalField.CLIENT_INN)).isEqualTo("7799543097");
		assertThat(first.get(CanonicalField.CLIENT_NAME)).isEqualTo("Антикафе Земляника");
		assertThat(first.get(CanonicalField.DISTRIBUTOR_SKU)).isEqualTo("00-00000034");
		assertThat(first.get(CanonicalField.QUANTITY)).isEqualTo("5");
		assertThat(first.get(CanonicalField.VAT_RATE)).isEqualTo("НДС20");
		assertThat(first.get(CanonicalField.VAT_INCLUDED)).isEqualTo("true");
		assertThat(first.get(CanonicalField.SALE_DATE)).startsWith("2025-12-10");
	}

	@Test
	void aLaterEnterpriseDataShapeFromAConfiguredExchangeIsReadToo() {
		List<SourceLine> lines = read(resource("/onec/enterprisedata-exchange.xml"));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1).get(CanonicalField.SKU)).isEqualTo("MFR-OM3-1000-90");
		assertThat(lines.get(1).get(CanonicalField.CLIENT_KPP)).isEqualTo("770101001");
		assertThat(lines.get(1).get(CanonicalField.DOCUMENT_NO)).isEqualTo("ДТ00-000123");
	}

	@Test
	void enterpriseDataOfAnotherMajorVersionIsRefused() {
		byte[] v2 = new String(resource("/onec/enterprisedata-1.6.xml"), StandardCharsets.UTF_8)
			.replace("EnterpriseData/1.6", "EnterpriseData/2.0")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> read(v2)).isInstanceOf(RefusedFileException.class)
			.hasFieldOrPropertyWithValue("messageKey", "sellout.rejected.enterpriseDataVersion");
	}

	@Test
	void commerceMlGoodsComeWithTheBuyerAndTheTaxConvention() {
		byte[] file = resource("/onec/commerceml-2.08.xml");
		assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.COMMERCE_ML);
		List<SourceLine> lines = read(file);
		assertThat(lines).hasSize(1);
		SourceLine line = lines.get(0);
		assertThat(line.get(CanonicalField.CLIENT_INN)).isEqualTo("7701123451");
		assertThat(line.get(CanonicalField.SKU)).isEqualTo("MFR-D3-2000-60");
		assertThat(line.get(CanonicalField.PRICE)).isEqualTo("5455.00");
		assertThat(line.get(CanonicalField.VAT_INCLUDED)).isEqualTo("true");
		assertThat(line.get(CanonicalField.VAT_RATE)).isEqualTo("20");
		assertThat(line.get(CanonicalField.UNIT)).isEqualTo("шт");
	}

	@Test
	void aReturnDocumentNegatesItsQuantities() {
		String returned = new String(resource("/onec/commerceml-2.08.xml"), StandardCharsets.UTF_8)
			.replace("Отпуск товара", "Возврат товара");
		SourceLine line = read(returned.getBytes(StandardCharsets.UTF_8)).get(0);
		assertThat(line.get(CanonicalField.QUANTITY)).isEqualTo("-25");
		assertThat(line.get(CanonicalField.AMOUNT)).isEqualTo("-136375.00");
	}

	@Test
	void anHtmlTableSavedAsXlsIsATable() {
		String html = """
				<html><head><meta charset="utf-8"></head><body>
				<p>Продажи за сентябрь</p>
				<table border=1>
				<tr><th rowspan=2>Дата</th><th rowspan=2>Контрагент</th><th rowspan=2>Артикул</th><th colspan=2>Продажи</th></tr>
				<tr><th></th><th></th><th></th><th>Количество</th><th>Сумма без НДС</th></tr>
				<tr><td>01.09.2026</td><td>ООО &laquo;Щитстрой&raquo;</td><td>EL-10001</td><td>2</td><td>1 480,88</td></tr>
				<tr><td></td><td>Итого</td><td></td><td>2</td><td>1 480,88</td></tr>
				</table></body></html>""";
		byte[] file = html.getBytes(StandardCharsets.UTF_8);
		assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.TABLE);
		List<SourceLine> lines = read(file);
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get(CanonicalField.CLIENT_NAME)).isEqualTo("ООО «Щитстрой»");
		assertThat(lines.get(0).get(CanonicalField.AMOUNT)).isEqualTo("1 480,88");
		assertThat(lines.get(0).get(CanonicalField.VAT_INCLUDED)).isEqualTo("false");
	}

	@Test
	void utf16AndWindows1251TextWithQuotedLineBreaksIsRead() {
		String csv = "Дата\tПокупатель\tАртикул\tКол-во\tСумма с НДС\n"
				+ "01.09.2026\t\"ООО \"\"Щит\nстрой\"\"\"\tEL-10001\t2\t1 806,67\n";
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, Charset.forName("windows-1251"))) {
			byte[] body = csv.getBytes(charset);
			byte[] file = charset == StandardCharsets.UTF_16LE ? withBom(body) : body;
			List<SourceLine> lines = read(file);
			assertThat(lines).as(charset.name()).hasSize(1);
			assertThat(lines.get(0).get(CanonicalField.CLIENT_NAME)).isEqualTo("ООО \"Щит\nстрой\"");
			assertThat(lines.get(0).get(CanonicalField.VAT_INCLUDED)).isEqualTo("true");
		}
	}

	@Test
	void theTwoRowHeaderOfA1cReportIsFoundBelowItsTitleBlock() {
		List<SourceLine> lines = new ArrayList<>();
		SourceInfo info = new TabularSource(Map.of(), null, null).read(resource("/samples/alfa_2026-09.xlsx"),
				lines::add);
		assertThat(info.layout().headerRows()).containsExactly(6, 7);
		assertThat(info.layout().firstDataRow()).isEqualTo(8);
		assertThat(info.layout().columns()).extracting(c -> c.field() == null ? null : c.field().key())
			.containsExactly("sale_date", "document_no", "client_name", "client_inn", "region", "product_name", "sku",
					"quantity", "amount");
		assertThat(info.layout().settings().amountsIncludeVat()).isFalse();
		assertThat(lines).hasSize(120); // the «Итого» row is not a line
		assertThat(lines.get(0).get(CanonicalField.SALE_DATE)).isEqualTo("2026-09-07");
	}

	private static byte[] withBom(byte[] body) {
		byte[] file = new byte[body.length + 2];
		file[0] = (byte) 0xFF;
		file[1] = (byte) 0xFE;
		System.arraycopy(body, 0, file, 2, body.length);
		return file;
	}

}
