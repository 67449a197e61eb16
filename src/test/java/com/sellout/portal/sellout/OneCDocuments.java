package com.sellout.portal.sellout;

import java.nio.charset.StandardCharsets;

/**
 * Small 1C documents built for tests: EnterpriseData 1.6 messages and CommerceML 2 files.
 */
final class OneCDocuments {

	private OneCDocuments() {
	}

	/**
	 * One sale document of EnterpriseData: number, date (yyyy-MM-dd), client, SKU,
	 * quantity, net sum; or a deletion mark.
	 */
	record Sale(String number, String date, String inn, String client, String sku, int quantity, String sum,
			boolean deleted) {

		static Sale of(String number, String date, String sku, int quantity, String sum) {
			return new Sale(number, date, "6645390113", "ООО \"Щитстрой\"", sku, quantity, sum, false);
		}

		Sale markedForDeletion() {
			return new Sale(number, date, inn, client, sku, quantity, sum, true);
		}

	}

	static byte[] enterpriseData(Sale... sales) {
		return enterpriseDataOf(null, sales);
	}

	/**
	 * The sales as exported from the books of the organisation with this ИНН (null: none
	 * named).
	 */
	static byte[] enterpriseDataOf(String organisationInn, Sale... sales) {
		String organisation = organisationInn == null ? ""
				: "<Организация><Наименование>ООО Торговый дом</Наименование><ИНН>" + organisationInn
						+ "</ИНН></Организация>";
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Message xmlns:msg="http://www.1c.ru/SSL/Exchange/Message">
				<msg:Header><msg:Format>http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6</msg:Format></msg:Header>
				<Body xmlns="http://v8.1c.ru/edi/edi_stnd/EnterpriseData/1.6">
				""");
		for (Sale sale : sales) {
			xml.append("<Документ.РеализацияТоваровУслуг><КлючевыеСвойства><Дата>")
				.append(sale.date())
				.append("T12:00:00</Дата><Номер>")
				.append(sale.number())
				.append("</Номер>")
				.append(organisation)
				.append("</КлючевыеСвойства>")
				.append(sale.deleted() ? "<ПометкаУдаления>true</ПометкаУдаления>" : "")
				.append("<СуммаВключаетНДС>false</СуммаВключаетНДС><Контрагент><Наименование>")
				.append(sale.client().replace("\"", "&quot;"))
				.append("</Наименование><ИНН>")
				.append(sale.inn())
				.append("</ИНН></Контрагент><Товары><Строка><ДанныеНоменклатуры><Номенклатура><Артикул>")
				.append(sale.sku())
				.append("</Артикул></Номенклатура></ДанныеНоменклатуры><Количество>")
				.append(sale.quantity())
				.append("</Количество><Сумма>")
				.append(sale.sum())
				.append("</Сумма><СтавкаНДС>НДС22</СтавкаНДС></Строка>")
				.append("</Товары></Документ.РеализацияТоваровУслуг>\n");
		}
		return xml.append("</Body></Message>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] commerceMl(String number, String date, String sku, int quantity, String price) {
		return commerceMlSoldBy(null, number, date, sku, quantity, price);
	}

	/**
	 * The document with its seller among the parties (null: the buyer only, as most
	 * exports give).
	 */
	static byte[] commerceMlSoldBy(String sellerInn, String number, String date, String sku, int quantity,
			String price) {
		String seller = sellerInn == null ? "" : "<Контрагент><Наименование>Торговый дом</Наименование><ИНН>"
				+ sellerInn + "</ИНН><Роль>Продавец</Роль></Контрагент>";
		return ("""
				<?xml version="1.0" encoding="UTF-8"?>
				<КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_2" ВерсияСхемы="2.08">
				<Документ><Номер>%s</Номер><Дата>%s</Дата><ХозОперация>Отпуск товара</ХозОперация><Валюта>руб</Валюта>
				<Контрагенты>%s<Контрагент><Наименование>Комплекттехно</Наименование><ИНН>5406127494</ИНН><КПП>540101001</КПП>
				<Роль>Покупатель</Роль></Контрагент></Контрагенты>
				<Товары><Товар><Артикул>%s</Артикул><Наименование>Товар</Наименование><БазоваяЕдиница>шт</БазоваяЕдиница>
				<ЦенаЗаЕдиницу>%s</ЦенаЗаЕдиницу><Количество>%d</Количество>
				<Налоги><Налог><Наименование>НДС</Наименование><УчтеноВСумме>false</УчтеноВСумме><Ставка>22</Ставка></Налог></Налоги>
				</Товар></Товары></Документ>
				</КоммерческаяИнформация>
				""")
			.formatted(number, date, seller, sku, price, quantity)
			.getBytes(StandardCharsets.UTF_8);
	}

}
