package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.catalog.PriceFloor;
import com.sellout.portal.clients.KnownClient;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.reading.CellValues;
import com.sellout.portal.sellout.LineProblem;
import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.Kpp;
import com.sellout.portal.shared.MatchingText;
import com.sellout.portal.shared.Region;
import com.sellout.portal.shared.RegionNames;

/**
 * Checks one line as docs/canonical-line.md says: the required fields, the ИНН checksum,
 * the product resolved by SKU → the distributor's code → EAN → exact name and the region
 * by aliases or the registered client (docs/resolution.md), prices and amounts brought to
 * net of VAT, and the price floor valid on the sale date. A line with an error is an
 * exception, kept with its reasons.
 */
final class LineValidator {

	static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("22");

	/**
	 * Russia's standard VAT rate: 18 % until 2018, 20 % in 2019–2025, 22 % from 1 January
	 * 2026.
	 */
	private static final BigDecimal RATE_UNTIL_2018 = new BigDecimal("18");

	private static final BigDecimal RATE_2019_TO_2025 = new BigDecimal("20");

	private static final LocalDate RATE_20_FROM = LocalDate.of(2019, 1, 1);

	private static final LocalDate RATE_22_FROM = LocalDate.of(2026, 1, 1);

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final Pattern RATE = Pattern.compile("(\\d+(?:[.,]\\d+)?)");

	private static final Pattern LEGAL_ENTITY = Pattern.compile("^(ооо|ао|пао|зао|оао|нао|ип|фгуп|муп|гуп|ано)\\b.*");

	static final String TOO_LONG = "tooLong";

	/** Ends a value cut to its column's length. */
	static final String CUT_MARK = "…";

	private final ReportContext context;

	/**
	 * The few region names and VAT rates a file repeats on every line, understood once
	 * each.
	 */
	private final Map<String, Optional<Region>> regions = new HashMap<>();

	private final Map<String, BigDecimal> rates = new HashMap<>();

	LineValidator(ReportContext context) {
		this.context = context;
	}

	ValidatedLine validate(SourceLine in) {
		ValidatedLine line = new ValidatedLine();
		line.number = in.number();
		line.documentNo = fitted(in.get(CanonicalField.DOCUMENT_NO), LineColumn.DOCUMENT_NO, line);
		line.clientName = fitted(in.get(CanonicalField.CLIENT_NAME), LineColumn.CLIENT_NAME, line);
		line.city = fitted(in.get(CanonicalField.CITY), LineColumn.CITY, line);
		line.deliveryAddress = fitted(in.get(CanonicalField.DELIVERY_ADDRESS), LineColumn.DELIVERY_ADDRESS, line);
		line.distributorSku = fitted(in.get(CanonicalField.DISTRIBUTOR_SKU), LineColumn.DISTRIBUTOR_SKU, line);
		line.productName = fitted(in.get(CanonicalField.PRODUCT_NAME), LineColumn.PRODUCT_NAME, line);
		line.warehouse = fitted(in.get(CanonicalField.WAREHOUSE), LineColumn.WAREHOUSE, line);
		line.project = fitted(in.get(CanonicalField.PROJECT), LineColumn.PROJECT, line);
		line.currency = currency(in.get(CanonicalField.CURRENCY), line);
		line.unit = unit(in.get(CanonicalField.UNIT), line);
		date(in, line);
		client(in, line);
		product(in, line);
		money(in, line);
		region(in, line);
		segment(in, line);
		floor(line);
		keepSource(in, line);
		return line;
	}

	/**
	 * An exception keeps what the file said, for a person to fix: a text too long for its
	 * column kept one character longer than the column, so that checking it again still
	 * finds it too long.
	 */
	static void keepSource(SourceLine in, ValidatedLine line) {
		if (line.accepted()) {
			return;
		}
		line.source = in.asMap();
		for (LineProblem problem : line.errors) {
			if (problem.code().equals(TOO_LONG)) {
				int length = LineColumn.maxLengthOf(problem.field()) + 1;
				line.source.computeIfPresent(problem.field(),
						(field, text) -> text.length() > length ? cut(text, length) : text);
			}
		}
	}

	private void date(SourceLine in, ValidatedLine line) {
		String text = in.get(CanonicalField.SALE_DATE);
		if (text == null) {
			line.error("sale_date", null, "missingDate");
			return;
		}
		Optional<LocalDate> date = CellValues.date(text);
		if (date.isEmpty()) {
			line.error("sale_date", text, "badDate");
			return;
		}
		line.saleDate = date.get();
		if (in.isDatedByPeriod()) {
			line.warning("sale_date", text, "dateFromPeriod");
		}
	}

	private void client(SourceLine in, ValidatedLine line) {
		String innText = in.get(CanonicalField.CLIENT_INN);
		if (line.clientName == null) {
			// a file without the client's name names it by ИНН: the registry's name of
			// the distributor's own client; an ИНН it does not know stays an exception
			String inn = innText == null ? null : inn(innText);
			String registered = inn == null ? null : context.clientName(inn);
			if (registered != null) {
				line.clientName = fitted(registered, LineColumn.CLIENT_NAME, line);
				line.warning("client_name", registered, "clientNameFromRegistry");
			}
			else {
				line.error("client_name", null, "missingClient");
			}
		}
		if (innText == null) {
			if (line.clientName != null && LEGAL_ENTITY.matcher(line.clientName.toLowerCase(Locale.ROOT)).matches()) {
				line.error("client_inn", null, "missingInn");
			}
		}
		else {
			String inn = inn(innText);
			if (inn == null) {
				line.error("client_inn", innText, "invalidInn");
			}
			else {
				line.clientInn = inn;
			}
		}
		String kpp = in.get(CanonicalField.CLIENT_KPP);
		if (kpp != null) {
			String value = kpp.replace(" ", "").toUpperCase(Locale.ROOT);
			if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
				value = "0" + value; // a spreadsheet dropped the leading zero
			}
			if (Kpp.isValid(value)) {
				line.clientKpp = value;
			}
			else {
				line.warning("client_kpp", kpp, "invalidKpp");
			}
		}
	}

	/**
	 * The ИНН as text; a spreadsheet that stored it as a number lost a leading zero,
	 * which is put back if the checksum agrees.
	 */
	static String inn(String text) {
		String digits = text.replace(" ", "").replace("\u00A0", "");
		if (!digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		if (Inn.isValid(digits)) {
			return digits;
		}
		if ((digits.length() == 9 || digits.length() == 11) && Inn.isValid("0" + digits)) {
			return "0" + digits;
		}
		return null;
	}

	/**
	 * The product of the line by SKU → the distributor's code → EAN → exact name (also
	 * for a stock line, which is checked as a sell-out line is for its product).
	 */
	void product(SourceLine in, ValidatedLine line) {
		String sku = in.get(CanonicalField.SKU);
		String ean = in.get(CanonicalField.EAN);
		line.ean = ean == null ? null : fitted(ean.replace(" ", ""), LineColumn.EAN, line);
		String resolved = context.skuOf(sku);
		if (resolved == null && sku != null) {
			resolved = context.mappedSku(sku); // a distributor's code written in the SKU
												// column
		}
		if (resolved == null && line.distributorSku != null) {
			resolved = context.mappedSku(line.distributorSku);
		}
		if (resolved == null && line.ean != null) {
			resolved = context.skuOfEan(line.ean);
		}
		if (resolved == null && line.productName != null) {
			resolved = context.skuOfName(line.productName);
		}
		if (resolved == null && line.productName != null && sku == null && line.distributorSku == null) {
			resolved = context.mappedSku(line.productName); // a product known only by the
															// distributor's name for it
		}
		if (resolved == null) {
			String named = sku != null ? sku : line.distributorSku != null ? line.distributorSku
					: line.ean != null ? line.ean : line.productName;
			line.error(sku != null ? "sku"
					: line.distributorSku != null ? "distributor_sku" : line.ean != null ? "ean" : "product_name",
					named, "unknownProduct");
			line.sku = fitted(sku, LineColumn.SKU, line);
			return;
		}
		line.sku = resolved;
	}

	private void money(SourceLine in, ValidatedLine line) {
		String quantityText = in.get(CanonicalField.QUANTITY);
		if (quantityText == null) {
			line.error("quantity", null, "missingQuantity");
		}
		else {
			line.quantity = CellValues.decimal(quantityText).orElse(null);
			if (line.quantity == null) {
				line.error("quantity", quantityText, "badNumber");
			}
		}
		BigDecimal rate = vatRate(in.get(CanonicalField.VAT_RATE), line);
		line.vatRate = rate;
		boolean included = vatIncluded(in.get(CanonicalField.VAT_INCLUDED));
		BigDecimal divisor = BigDecimal.ONE.add(rate.movePointLeft(2));
		BigDecimal price = number(in, CanonicalField.PRICE, line);
		BigDecimal amount = number(in, CanonicalField.AMOUNT, line);
		if (price == null && amount == null) {
			if (in.get(CanonicalField.PRICE) == null && in.get(CanonicalField.AMOUNT) == null) {
				line.error("amount", null, "missingAmount");
			}
			return;
		}
		if (amount != null) {
			line.amountNet = (included ? amount.divide(divisor, 2, RoundingMode.HALF_UP) : amount).setScale(2,
					RoundingMode.HALF_UP);
		}
		if (price != null) {
			line.priceNet = (included ? price.divide(divisor, 4, RoundingMode.HALF_UP) : price).setScale(4,
					RoundingMode.HALF_UP);
		}
		if (line.quantity != null) {
			if (line.amountNet == null) {
				line.amountNet = line.priceNet.multiply(line.quantity).setScale(2, RoundingMode.HALF_UP);
			}
			if (line.priceNet == null && line.quantity.signum() != 0) {
				line.priceNet = line.amountNet.divide(line.quantity, 4, RoundingMode.HALF_UP).abs();
			}
		}
	}

	private BigDecimal number(SourceLine in, CanonicalField field, ValidatedLine line) {
		String text = in.get(field);
		if (text == null) {
			return null;
		}
		BigDecimal value = CellValues.decimal(text).orElse(null);
		if (value == null) {
			line.error(field.key(), text, "badNumber");
		}
		return value;
	}

	/** «22%», «НДС22», «НДС20_120», «0.22», «Без НДС» → percent. */
	private BigDecimal vatRate(String text, ValidatedLine line) {
		if (text == null) {
			return standardRate(line.saleDate);
		}
		BigDecimal known = rates.get(text);
		if (known != null) {
			return known;
		}
		BigDecimal rate = parseRate(text);
		if (rate == null) {
			line.warning("vat_rate", text, "badVatRate");
			return standardRate(line.saleDate);
		}
		if (rates.size() < 1000) {
			rates.put(text, rate);
		}
		return rate;
	}

	/**
	 * The standard rate in force on the sale date (the current one when the date is
	 * unknown).
	 */
	static BigDecimal standardRate(LocalDate saleDate) {
		if (saleDate == null || !saleDate.isBefore(RATE_22_FROM)) {
			return DEFAULT_VAT_RATE;
		}
		return saleDate.isBefore(RATE_20_FROM) ? RATE_UNTIL_2018 : RATE_2019_TO_2025;
	}

	private static BigDecimal parseRate(String text) {
		String value = text.toLowerCase(Locale.ROOT).replace(" ", "");
		if (value.contains("без")) {
			return BigDecimal.ZERO;
		}
		Matcher matcher = RATE.matcher(value);
		if (!matcher.find()) {
			return null;
		}
		BigDecimal rate = new BigDecimal(matcher.group(1).replace(',', '.'));
		if (rate.compareTo(BigDecimal.ONE) < 0 && rate.signum() > 0) {
			rate = rate.multiply(HUNDRED);
		}
		BigDecimal plain = rate.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	private boolean vatIncluded(String text) {
		if (text == null) {
			return false;
		}
		String value = MatchingText.spaced(text);
		return value.equals("true") || value.equals("1") || value.equals("да") || value.equals("yes")
				|| value.equals("истина");
	}

	private void region(SourceLine in, ValidatedLine line) {
		String text = in.get(CanonicalField.REGION);
		if (text != null) {
			Optional<Region> region = regions.get(text);
			if (region == null) {
				String mapped = context.mappedRegion(text);
				region = mapped != null ? Region.byCode(mapped) : RegionNames.resolve(text);
				if (regions.size() < 10_000) {
					regions.put(text, region);
				}
			}
			if (region.isPresent()) {
				line.regionCode = region.get().code();
				return;
			}
			line.warning("region", text, "unknownRegion");
		}
		KnownClient known = line.clientInn == null ? null : context.client(line.clientInn);
		if (known != null) {
			line.regionCode = known.regionCode();
		}
	}

	private void segment(SourceLine in, ValidatedLine line) {
		String text = in.get(CanonicalField.CLIENT_SEGMENT);
		if (text != null) {
			String code = context.segmentOf(text);
			if (code != null) {
				line.clientSegment = code;
				return;
			}
			line.warning("client_segment", text, "unknownSegment");
		}
		KnownClient known = line.clientInn == null ? null : context.client(line.clientInn);
		if (known != null) {
			line.clientSegment = known.segment();
		}
	}

	private void floor(ValidatedLine line) {
		if (!line.accepted() || line.quantity == null || line.quantity.signum() <= 0 || line.priceNet == null) {
			return;
		}
		Optional<PriceFloor> floor = context.floor(line.sku, line.saleDate, line.regionCode, line.clientSegment);
		if (floor.isEmpty()) {
			return;
		}
		BigDecimal minimum = floor.get().minPrice();
		line.floorPrice = minimum;
		if (line.priceNet.compareTo(minimum) < 0 && minimum.signum() > 0) {
			line.belowFloorPct = minimum.subtract(line.priceNet)
				.multiply(HUNDRED)
				.divide(minimum, 2, RoundingMode.HALF_UP);
		}
	}

	/** The unit by the distributor's aliases; «шт» when the line has none. */
	String unit(String text, ValidatedLine line) {
		if (text == null) {
			return "шт";
		}
		String mapped = context.mappedUnit(text);
		return fitted(mapped != null ? mapped : text, LineColumn.UNIT, line);
	}

	private static String currency(String text, ValidatedLine line) {
		if (text == null) {
			return "RUB";
		}
		String value = text.strip().toUpperCase(Locale.ROOT);
		if (value.startsWith("РУБ") || value.equals("RUR") || value.equals("643") || value.equals("₽")) {
			return "RUB";
		}
		return fitted(value, LineColumn.CURRENCY, line);
	}

	/**
	 * The text when its column holds it; a longer one is never cut silently: the line is
	 * an exception («поле длиннее N символов») and keeps the text cut to the column's
	 * length, ending in «…».
	 */
	static String fitted(String text, LineColumn column, ValidatedLine line) {
		if (text == null || text.length() <= column.maxLength()) {
			return text;
		}
		String kept = cut(text, column.maxLength());
		line.error(column.column(), kept, TOO_LONG);
		return kept;
	}

	/**
	 * The first characters of the text and «…», {@code length} in all (a surrogate pair
	 * is never split).
	 */
	static String cut(String text, int length) {
		int end = length - 1;
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + CUT_MARK;
	}

}
