package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.catalog.FloorBooks;
import com.sellout.portal.catalog.ProductIdentity;
import com.sellout.portal.clients.KnownClient;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappings;
import com.sellout.portal.sellout.LineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each rule of checking one line (docs/canonical-line.md), case by case, without a
 * database: a line of BETA's September file as the base, one or two of its fields changed
 * per case. A cell {@code -} is a field the line does not carry.
 */
class LineValidatorTest {

	private static final long DISTRIBUTOR = 7;

	/**
	 * The base line: «ООО "Щитстрой"», a registered client (design institute, Sverdlovsk
	 * region).
	 */
	private static final Map<String, String> BASE = Map.of("sale_date", "20.09.2026", "document_no", "BT-0920-665",
			"client_name", "ООО \"Щитстрой\"", "client_inn", "6645390113", "client_kpp", "660101001", "sku", "EL-10001",
			"quantity", "10", "price", "600.00", "vat_rate", "22%");

	private final ReportContext context = new ReportContext(DISTRIBUTOR,
			List.of(new ProductIdentity("EL-10001", "4606483756890", "Розетка бежевый серия Neo-1"),
					new ProductIdentity("EL-10002", "4605813728361", "Розетка бежевый серия Neo-2"),
					new ProductIdentity("EL-10003", "4607125655359", "Розетка белый серия Neo-3"),
					new ProductIdentity("EL-20001", null, "Рамка одинарная белая"),
					new ProductIdentity("EL-20002", null, "Рамка одинарная белая")),
			Map.of(ValueMappingType.SKU, keyed("Б7122", "EL-10001", "Розетка беж. Neo-3", "EL-10003"),
					ValueMappingType.REGION, keyed("Казань и Поволжье", "16"), ValueMappingType.UNIT,
					keyed("штука", "шт"), ValueMappingType.SEGMENT, keyed("Проектировщики", "Проектный институт")),
			Map.of("6645390113", new KnownClient("6645390113", "66", "DESIGN_INSTITUTE")),
			List.of(new Segment("DESIGN_INSTITUTE", "Проектный институт", "Design institute", true, 40),
					new Segment("DEVELOPER", "Застройщик", "Developer", true, 60)),
			FloorBooks.of(FloorBooks.general(1, "EL-10001", "592.35", null, null),
					FloorBooks.general(2, "EL-10002", "1100.00", null, LocalDate.of(2033, 12, 31)),
					FloorBooks.general(3, "EL-10002", "1197.14", LocalDate.of(2034, 1, 1), null)));

	@ParameterizedTest(name = "{0} -> {2} on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			client_inn=6645390114                               | client_inn      | invalidInn
			client_inn=66453901                                 | client_inn      | invalidInn
			client_inn=66-45390113                              | client_inn      | invalidInn
			client_inn=-                                        | client_inn      | missingInn
			client_inn=-;client_name=ИП Смирнов Н.О.            | client_inn      | missingInn
			client_inn=-;client_name=АО Щиттехно                | client_inn      | missingInn
			client_name=-                                       | client_name     | missingClient
			sale_date=-                                         | sale_date       | missingDate
			sale_date=31.02.2026                                | sale_date       | badDate
			sale_date=завтра                                    | sale_date       | badDate
			quantity=-                                          | quantity        | missingQuantity
			quantity=десять                                     | quantity        | badNumber
			price=-                                             | amount          | missingAmount
			price=шестьсот                                      | price           | badNumber
			price=-;amount=6 000 руб ровно                      | amount          | badNumber
			sku=EL-99999                                        | sku             | unknownProduct
			sku=-;distributor_sku=Б0000                         | distributor_sku | unknownProduct
			sku=-;ean=4600000000000                             | ean             | unknownProduct
			sku=-;product_name=Розетка серия X                  | product_name    | unknownProduct
			sku=-;product_name=Рамка одинарная белая            | product_name    | unknownProduct
			sku=-                                               | product_name    | unknownProduct
			""")
	void aLineBreakingOneRuleIsAnExceptionNamingTheFieldAndTheRule(String changes, String field, String code) {
		ValidatedLine line = validate(changes);

		assertThat(line.accepted()).isFalse();
		assertThat(line.errors).extracting(LineProblem::field, LineProblem::code).containsExactly(tuple(field, code));
		assertThat(line.source).as("what the file said, kept for a person to fix")
			.containsEntry("document_no", "BT-0920-665");
	}

	@ParameterizedTest(name = "{0} -> accepted")
	@CsvSource(delimiter = '|', textBlock = """
			client_inn=-;client_name=Иванов Иван Иванович
			client_inn=6645 390 113
			quantity=-2
			quantity=0
			client_segment=Оптовик
			region=Марс
			""")
	void aLineWithinTheRulesIsAccepted(String changes) {
		ValidatedLine line = validate(changes);

		assertThat(line.errors).isEmpty();
		assertThat(line.source).as("an accepted line keeps no copy of the file's text").isNull();
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|',
			value = { "6645390113|6645390113", "6645 390 113|6645390113", "6645\u00A0390113|6645390113",
					"252039077|0252039077", "201378434|0201378434", "507874834133|507874834133", "6645390114|",
					"66453901|", "66-45390113|", "ИНН 6645390113|" })
	void theInnIsTenOrTwelveDigitsWithTheirChecksumAndALostLeadingZeroIsPutBack(String text, String inn) {
		assertThat(LineValidator.inn(text)).isEqualTo(inn);
	}

	@ParameterizedTest(name = "КПП [{0}] -> {1}")
	@CsvSource(delimiter = '|', value = { "660101001|660101001|", "6601 01 001|660101001|", "60101001|060101001|",
			"7701AB001|7701AB001|", "7701ab001|7701AB001|", "КПП нет||invalidKpp", "6601010011||invalidKpp" })
	void aKppIsNineCharactersAndABadOneIsOnlyAWarning(String text, String kpp, String warning) {
		ValidatedLine line = validate("client_kpp=" + text);

		assertThat(line.accepted()).isTrue();
		assertThat(line.clientKpp).isEqualTo(kpp);
		assertThat(line.warnings).extracting(LineProblem::code).containsExactlyElementsOf(codes(warning));
	}

	@ParameterizedTest(name = "[{0}] on {1} -> {2} %")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			22%       | 20.09.2026 | 22 | -
			НДС22     | 20.09.2026 | 22 | -
			НДС20_120 | 15.03.2025 | 20 | -
			0.22      | 20.09.2026 | 22 | -
			0,1       | 20.09.2026 | 10 | -
			10 %      | 20.09.2026 | 10 | -
			Без НДС   | 20.09.2026 | 0  | -
			БезНДС    | 20.09.2026 | 0  | -
			-         | 31.12.2018 | 18 | -
			-         | 01.01.2019 | 20 | -
			-         | 31.12.2025 | 20 | -
			-         | 01.01.2026 | 22 | -
			-         | 20.09.2034 | 22 | -
			двадцать  | 15.03.2025 | 20 | badVatRate
			двадцать  | 20.09.2026 | 22 | badVatRate
			""")
	void theVatRateIsReadAsWrittenElseTheStandardRateOnTheSaleDate(String rate, String date, BigDecimal expected,
			String warning) {
		ValidatedLine line = validate("vat_rate=" + (rate == null ? "-" : rate) + ";sale_date=" + date);

		assertThat(line.accepted()).isTrue();
		assertThat(line.vatRate).isEqualByComparingTo(expected);
		assertThat(line.warnings).extracting(LineProblem::code).containsExactlyElementsOf(codes(warning));
	}

	@ParameterizedTest(name = "{0} x {1} = {2} ({3} {4}) -> {5} x {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2   | 10 575,50 | 21 150,99 | 22% | да     | 8668.4426 | 17336.88
			10  | 600       | -         | 22% | -      | 600.0000  | 6000.00
			4   | -         | 2 400,00  | 22% | -      | 600.0000  | 2400.00
			5   | 1 200,00  | -         | 20% | 1      | 1000.0000 | 5000.00
			5   | 1 200,00  | -         | 20% | Истина | 1000.0000 | 5000.00
			5   | 1 200,00  | -         | 20% | нет    | 1200.0000 | 6000.00
			5   | 1 200,00  | -         | 20% | 0      | 1200.0000 | 6000.00
			-2  | 3 348,55  | -6 697,09 | 22% | да     | 2744.7131 | -5489.42
			-3  | -         | -1 800,00 | 20% | -      | 600.0000  | -1800.00
			0   | 500       | -         | 22% | -      | 500.0000  | 0.00
			0   | -         | 100       | 22% | -      | -         | 100.00
			""")
	void pricesAndAmountsAreKeptNetOfVatAndOneIsDerivedFromTheOther(String quantity, String price, String amount,
			String rate, String included, BigDecimal priceNet, BigDecimal amountNet) {
		ValidatedLine line = validate("quantity=" + quantity + ";price=" + dash(price) + ";amount=" + dash(amount)
				+ ";vat_rate=" + rate + ";vat_included=" + dash(included));

		assertThat(line.accepted()).isTrue();
		assertThat(line.quantity).isEqualByComparingTo(quantity);
		assertThat(line.priceNet).isEqualTo(priceNet);
		assertThat(line.amountNet).isEqualTo(amountNet);
	}

	@ParameterizedTest(name = "{0} x {1} at {2} on {3} -> floor {4}, {5} % below")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			EL-10001 | 10 | 500    | 20.09.2026 | 592.35  | 15.59
			EL-10001 | 10 | 592.35 | 20.09.2026 | 592.35  | -
			EL-10001 | 10 | 700    | 20.09.2026 | 592.35  | -
			EL-10001 | -2 | 500    | 20.09.2026 | -       | -
			EL-10001 | 0  | 500    | 20.09.2026 | -       | -
			EL-10002 | 1  | 1150   | 31.12.2033 | 1100.00 | -
			EL-10002 | 1  | 1150   | 01.01.2034 | 1197.14 | 3.94
			EL-10003 | 1  | 10     | 01.01.2034 | -       | -
			""")
	void aSaleBelowTheFloorValidOnItsDateIsADeviationAndAReturnIsNotJudged(String sku, String quantity, String price,
			String date, BigDecimal floor, BigDecimal belowPct) {
		ValidatedLine line = validate(
				"sku=" + sku + ";quantity=" + quantity + ";price=" + price + ";sale_date=" + date);

		assertThat(line.accepted()).isTrue();
		assertThat(line.floorPrice).isEqualTo(floor);
		assertThat(line.belowFloorPct).isEqualTo(belowPct);
		assertThat(line.isDeviation()).isEqualTo(belowPct != null);
	}

	@ParameterizedTest(name = "sku={0} distributor_sku={1} ean={2} name={3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			EL-10001 | -     | -             | -                           | EL-10001
			el-10001 | -     | -             | -                           | EL-10001
			Б7122    | -     | -             | -                           | EL-10001
			-        | Б7122 | -             | -                           | EL-10001
			-        | -     | 4605813728361 | -                           | EL-10002
			-        | -     | 4605 8137 28361 | -                         | EL-10002
			-        | -     | -             | розетка бежевый серия NEO-2 | EL-10002
			-        | -     | -             | Розетка беж. Neo-3          | EL-10003
			EL-10002 | Б7122 | 4607125655359 | Розетка белый серия Neo-3   | EL-10002
			-        | Б7122 | 4607125655359 | Розетка белый серия Neo-3   | EL-10001
			-        | Б0000 | 4607125655359 | Розетка бежевый серия Neo-1 | EL-10003
			-        | Б0000 | -             | Розетка бежевый серия Neo-1 | EL-10001
			""")
	void theProductIsResolvedBySkuThenTheDistributorsCodeThenEanThenExactName(String sku, String distributorSku,
			String ean, String name, String resolved) {
		ValidatedLine line = validate("sku=" + dash(sku) + ";distributor_sku=" + dash(distributorSku) + ";ean="
				+ dash(ean) + ";product_name=" + dash(name));

		assertThat(line.errors).isEmpty();
		assertThat(line.sku).isEqualTo(resolved);
	}

	@ParameterizedTest(name = "region [{0}] of client {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Свердловская обл.  | 6645390113 | 66 | -
			РТ                 | 6645390113 | 16 | -
			Казань и Поволжье  | 6645390113 | 16 | -
			77                 | 6645390113 | 77 | -
			Марс               | 6645390113 | 66 | unknownRegion
			Марс               | 2401847221 | -  | unknownRegion
			-                  | 6645390113 | 66 | -
			-                  | 2401847221 | -  | -
			""")
	void theRegionIsTheLinesOwnElseTheRegisteredClients(String region, String inn, String code, String warning) {
		ValidatedLine line = validate("region=" + dash(region) + ";client_inn=" + inn);

		assertThat(line.accepted()).isTrue();
		assertThat(line.regionCode).isEqualTo(code);
		assertThat(line.warnings).extracting(LineProblem::code).containsExactlyElementsOf(codes(warning));
	}

	@ParameterizedTest(name = "segment [{0}] of client {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Застройщик         | 6645390113 | DEVELOPER        | -
			developer          | 6645390113 | DEVELOPER        | -
			DEVELOPER          | 2401847221 | DEVELOPER        | -
			Проектировщики     | 2401847221 | DESIGN_INSTITUTE | -
			Оптовик            | 6645390113 | DESIGN_INSTITUTE | unknownSegment
			Оптовик            | 2401847221 | -                | unknownSegment
			-                  | 6645390113 | DESIGN_INSTITUTE | -
			""")
	void theSegmentIsTheLinesOwnElseTheRegisteredClients(String segment, String inn, String code, String warning) {
		ValidatedLine line = validate("client_segment=" + dash(segment) + ";client_inn=" + inn);

		assertThat(line.accepted()).isTrue();
		assertThat(line.clientSegment).isEqualTo(code);
		assertThat(line.warnings).extracting(LineProblem::code).containsExactlyElementsOf(codes(warning));
	}

	@ParameterizedTest(name = "currency [{0}] -> {1}, unit [{2}] -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-     | RUB | -     | шт
			руб.  | RUB | шт    | шт
			RUR   | RUB | штука | шт
			643   | RUB | упак  | упак
			₽     | RUB | кг    | кг
			usd   | USD | -     | шт
			""")
	void currencyAndUnitDefaultToRublesAndPieces(String currency, String expectedCurrency, String unit,
			String expectedUnit) {
		ValidatedLine line = validate("currency=" + dash(currency) + ";unit=" + dash(unit));

		assertThat(line.currency).isEqualTo(expectedCurrency);
		assertThat(line.unit).isEqualTo(expectedUnit);
	}

	@Test
	void aLineWithoutADateOfItsOwnTakesThePeriodsLastDayWithAWarning() {
		SourceLine in = line("sale_date=-").datedByPeriod("30.09.2034");

		ValidatedLine line = new LineValidator(context).validate(in);

		assertThat(line.accepted()).isTrue();
		assertThat(line.saleDate).isEqualTo(LocalDate.of(2034, 9, 30));
		assertThat(line.warnings).extracting(LineProblem::code).containsExactly("dateFromPeriod");
	}

	@Test
	void aTextLongerThanItsColumnIsNeverCutSilently() {
		String name = "ООО " + "Щитстрой".repeat(70);

		ValidatedLine line = validate("client_name=" + name);

		assertThat(line.errors).extracting(LineProblem::field, LineProblem::code)
			.containsExactly(tuple("client_name", LineValidator.TOO_LONG));
		assertThat(line.clientName).hasSize(LineColumn.CLIENT_NAME.maxLength()).endsWith(LineValidator.CUT_MARK);
		assertThat(line.source.get("client_name")).as("one longer than the column: checked again, still too long")
			.hasSize(LineColumn.CLIENT_NAME.maxLength() + 1);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			client_name=-                       | ООО «Свой клиент» | clientNameFromRegistry |
			client_name=-;client_inn=5406127494 |                   |                        | missingClient
			client_name=-;client_inn=-          |                   |                        | missingClient
			client_name=ООО Своё имя            | ООО Своё имя      |                        |
			""")
	void aLineWithoutItsClientsNameTakesTheDistributorsOwnRegisteredName(String changes, String name, String warning,
			String error) {
		ReportContext withNames = new ReportContext(DISTRIBUTOR, List.of(), Map.of(), Map.of(),
				Map.of("6645390113", "ООО «Свой клиент»"), List.of(), FloorBooks.of());

		ValidatedLine line = new LineValidator(withNames).validate(line(changes));

		assertThat(line.clientName).isEqualTo(name);
		assertThat(line.warnings).extracting(LineProblem::code).contains(codes(warning).toArray(String[]::new));
		assertThat(line.errors).extracting(LineProblem::code)
			.filteredOn(code -> code.equals("missingClient"))
			.isEqualTo(codes(error));
	}

	private ValidatedLine validate(String changes) {
		return new LineValidator(context).validate(line(changes));
	}

	/**
	 * The base line with the changes {@code field=value;field=value} ({@code -} drops the
	 * field).
	 */
	private static SourceLine line(String changes) {
		Map<String, String> fields = new LinkedHashMap<>(BASE);
		for (String change : changes.split(";")) {
			String[] parts = change.split("=", 2);
			if (parts[1].strip().equals("-")) {
				fields.remove(parts[0].strip());
			}
			else {
				fields.put(parts[0].strip(), parts[1]);
			}
		}
		SourceLine line = new SourceLine(12);
		fields.forEach((key, value) -> line.set(CanonicalField.byKey(key).orElseThrow(), value));
		return line;
	}

	private static String dash(String value) {
		return value == null ? "-" : value;
	}

	private static List<String> codes(String warning) {
		return warning == null || warning.isBlank() ? List.of() : List.of(warning);
	}

	private static Map<String, String> keyed(String... pairs) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			byKey.put(ValueMappings.key(pairs[i]), pairs[i + 1]);
		}
		return byKey;
	}

}
