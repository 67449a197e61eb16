package com.sellout.portal.sellout.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.reading.CellValues;

/**
 * 1C EnterpriseData 1.x messages: every «Документ.РеализацияТоваровУслуг» (sale) — and
 * «Документ.ВозвратТоваровОтПокупателя» (return, quantities negated) — becomes its rows'
 * lines with the document's date, number and counterparty. The 1.6 shape has the
 * counterparty beside the key properties and the item under «ДанныеНоменклатуры»; later
 * versions move them (into the key properties, the item straight under the row): both are
 * read. The format version is taken from the message header and must be 1.x. A document
 * of another distributor's «Организация» refuses the file.
 */
final class EnterpriseDataSource implements LineSource {

	static final String SALE = "Документ.РеализацияТоваровУслуг";

	static final String RETURN = "Документ.ВозвратТоваровОтПокупателя";

	private static final Pattern VERSION = Pattern.compile("EnterpriseData/(\\d+)\\.(\\d+)");

	private static final String ROW = "Товары/Строка";

	private final OwnOrganisation organisation;

	EnterpriseDataSource(OwnOrganisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public SourceInfo read(byte[] content, Consumer<SourceLine> lines) {
		String version = version(content);
		int[] number = { 0 };
		List<SourceInfo.DocumentKey> deleted = new ArrayList<>();
		XmlDocuments.read(content, name -> name.equals(SALE) || name.equals(RETURN), Set.of(ROW), document -> {
			organisation.check(document.field("КлючевыеСвойства/Организация/ИНН", "Организация/ИНН").orElse(null));
			boolean isReturn = document.name().equals(RETURN);
			String date = document.field("КлючевыеСвойства/Дата", "Дата").orElse(null);
			String documentNo = document.field("КлючевыеСвойства/Номер", "Номер").orElse(null);
			String included = document.field("СуммаВключаетНДС", "КлючевыеСвойства/СуммаВключаетНДС").orElse(null);
			String currency = document.field("Валюта/Код", "КлючевыеСвойства/Валюта/Код")
				.map(EnterpriseDataSource::currency)
				.orElse(null);
			if (document.field("ПометкаУдаления", "КлючевыеСвойства/ПометкаУдаления")
				.map("true"::equalsIgnoreCase)
				.orElse(false)) {
				deleted.add(documentKey(documentNo, date));
				return;
			}
			for (Map<String, String> row : document.records(ROW)) {
				SourceLine line = new SourceLine(++number[0]);
				line.set(CanonicalField.SALE_DATE, date)
					.set(CanonicalField.DOCUMENT_NO, documentNo)
					.set(CanonicalField.CLIENT_NAME,
							document
								.field("Контрагент/Наименование", "КлючевыеСвойства/Контрагент/Наименование",
										"Контрагент/НаименованиеПолное")
								.orElse(null))
					.set(CanonicalField.CLIENT_INN,
							document.field("Контрагент/ИНН", "КлючевыеСвойства/Контрагент/ИНН").orElse(null))
					.set(CanonicalField.CLIENT_KPP,
							document.field("Контрагент/КПП", "КлючевыеСвойства/Контрагент/КПП").orElse(null))
					.set(CanonicalField.WAREHOUSE, document.field("Склад/Наименование").orElse(null))
					.set(CanonicalField.SKU,
							XmlDocuments.first(row, "ДанныеНоменклатуры/Номенклатура/Артикул", "Номенклатура/Артикул",
									"ДанныеНоменклатуры/Артикул"))
					.set(CanonicalField.DISTRIBUTOR_SKU,
							XmlDocuments.first(row, "ДанныеНоменклатуры/Номенклатура/КодВПрограмме",
									"Номенклатура/КодВПрограмме"))
					.set(CanonicalField.PRODUCT_NAME,
							XmlDocuments.first(row, "ДанныеНоменклатуры/Номенклатура/Наименование",
									"Номенклатура/Наименование", "ДанныеНоменклатуры/Номенклатура/НаименованиеПолное"))
					.set(CanonicalField.UNIT,
							XmlDocuments.first(row, "ЕдиницаИзмерения/Наименование",
									"ЕдиницаИзмерения/ДанныеКлассификатора/Наименование"))
					.set(CanonicalField.QUANTITY, negatedIf(isReturn, XmlDocuments.first(row, "Количество")))
					.set(CanonicalField.PRICE, XmlDocuments.first(row, "Цена"))
					.set(CanonicalField.AMOUNT, negatedIf(isReturn, XmlDocuments.first(row, "Сумма")))
					.set(CanonicalField.VAT_RATE, XmlDocuments.first(row, "СтавкаНДС", "СтавкаНДС/Ставка"))
					.set(CanonicalField.VAT_INCLUDED, included)
					.set(CanonicalField.CURRENCY, currency);
				lines.accept(line);
			}
		});
		return SourceInfo.structured("ENTERPRISE_DATA " + version, deleted);
	}

	static String version(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.UTF_8);
		Matcher matcher = VERSION.matcher(head);
		if (!matcher.find()) {
			throw new RefusedFileException("sellout.rejected.enterpriseDataVersion",
					"No EnterpriseData format in the header", "?");
		}
		if (!matcher.group(1).equals("1")) {
			throw new RefusedFileException("sellout.rejected.enterpriseDataVersion",
					"Unsupported EnterpriseData version", matcher.group(1) + "." + matcher.group(2));
		}
		return matcher.group(1) + "." + matcher.group(2);
	}

	static SourceInfo.DocumentKey documentKey(String number, String date) {
		return new SourceInfo.DocumentKey(number, CellValues.date(date).orElse(null));
	}

	private static String currency(String code) {
		return "643".equals(code) ? "RUB" : code;
	}

	static String negatedIf(boolean negate, String number) {
		if (!negate || number == null || number.isBlank()) {
			return number;
		}
		String value = number.strip();
		return value.startsWith("-") ? value.substring(1) : "-" + value;
	}

}
