package com.sellout.portal.sellout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.sellout.portal.mapping.CanonicalField;

/**
 * CommerceML 2 documents («КоммерческаяИнформация»): a «Документ» of «Отпуск товара» (or
 * «Возврат товара», quantities negated) becomes its goods' lines, with the buyer among
 * its counterparties (role «Покупатель», else the first) and the VAT convention of each
 * item's tax («УчтеноВСумме»). A document whose seller («Продавец») is another
 * distributor refuses the file.
 */
final class CommerceMlSource implements LineSource {

	static final String ROOT = "КоммерческаяИнформация";

	private static final String GOODS = "Товары/Товар";

	private static final String PARTIES = "Контрагенты/Контрагент";

	private final OwnOrganisation organisation;

	CommerceMlSource(OwnOrganisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public SourceInfo read(byte[] content, Consumer<SourceLine> lines) {
		int[] number = { 0 };
		List<SourceInfo.DocumentKey> deleted = new ArrayList<>();
		XmlDocuments.read(content, "Документ"::equals, Set.of(GOODS, PARTIES), document -> {
			String operation = document.field("ХозОперация").orElse("").toLowerCase(Locale.ROOT);
			if (!operation.isEmpty() && !operation.contains("отпуск") && !operation.contains("возврат")
					&& !operation.contains("реализац")) {
				return; // orders, invoices: not sales
			}
			organisation.check(seller(document.records(PARTIES)));
			boolean isReturn = operation.contains("возврат");
			if (document.field("ПометкаУдаления").map("true"::equalsIgnoreCase).orElse(false)) {
				deleted.add(EnterpriseDataSource.documentKey(document.field("Номер").orElse(null),
						document.field("Дата").orElse(null)));
				return;
			}
			Map<String, String> buyer = buyer(document.records(PARTIES));
			for (Map<String, String> item : document.records(GOODS)) {
				SourceLine line = new SourceLine(++number[0]);
				line.set(CanonicalField.SALE_DATE, document.field("Дата").orElse(null))
					.set(CanonicalField.DOCUMENT_NO, document.field("Номер").orElse(null))
					.set(CanonicalField.CLIENT_NAME,
							XmlDocuments.first(buyer, "ОфициальноеНаименование", "Наименование", "ПолноеНаименование"))
					.set(CanonicalField.CLIENT_INN, XmlDocuments.first(buyer, "ИНН"))
					.set(CanonicalField.CLIENT_KPP, XmlDocuments.first(buyer, "КПП"))
					.set(CanonicalField.DELIVERY_ADDRESS,
							XmlDocuments.first(buyer, "Адрес/Представление", "АдресРегистрации/Представление"))
					.set(CanonicalField.SKU, XmlDocuments.first(item, "Артикул"))
					.set(CanonicalField.EAN, XmlDocuments.first(item, "Штрихкод"))
					.set(CanonicalField.PRODUCT_NAME, XmlDocuments.first(item, "Наименование"))
					.set(CanonicalField.UNIT,
							XmlDocuments.first(item, "БазоваяЕдиница", "БазоваяЕдиница@НаименованиеКраткое"))
					.set(CanonicalField.QUANTITY,
							EnterpriseDataSource.negatedIf(isReturn, XmlDocuments.first(item, "Количество")))
					.set(CanonicalField.PRICE, XmlDocuments.first(item, "ЦенаЗаЕдиницу", "Цена"))
					.set(CanonicalField.AMOUNT,
							EnterpriseDataSource.negatedIf(isReturn, XmlDocuments.first(item, "Сумма")))
					.set(CanonicalField.VAT_RATE,
							XmlDocuments.first(item, "Налоги/Налог/Ставка", "СтавкиНалогов/СтавкаНалога/Ставка"))
					.set(CanonicalField.VAT_INCLUDED, XmlDocuments.first(item, "Налоги/Налог/УчтеноВСумме"))
					.set(CanonicalField.CURRENCY,
							document.field("Валюта")
								.map(c -> c.toLowerCase(Locale.ROOT).startsWith("руб") ? "RUB" : c)
								.orElse(null));
				lines.accept(line);
			}
		});
		return SourceInfo.structured("COMMERCE_ML", deleted);
	}

	/**
	 * The ИНН of the party in the role of seller: the organisation the document was
	 * exported from.
	 */
	private static String seller(List<Map<String, String>> parties) {
		for (Map<String, String> party : parties) {
			if (party.getOrDefault("Роль", "").toLowerCase(Locale.ROOT).contains("продав")) {
				return XmlDocuments.first(party, "ИНН");
			}
		}
		return null;
	}

	private static Map<String, String> buyer(List<Map<String, String>> parties) {
		for (Map<String, String> party : parties) {
			String role = party.getOrDefault("Роль", "").toLowerCase(Locale.ROOT);
			if (role.contains("покупател") || role.contains("получател")) {
				return party;
			}
		}
		return parties.isEmpty() ? Map.of() : parties.get(0);
	}

}
