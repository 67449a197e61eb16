package com.sellout.portal.analytics.internal;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.shared.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of breakdown keys in the caller's language, where the query leaves them to
 * the service: a month «янв 2026» / «Jan 2026», a region by its subject's name, a segment
 * by the manufacturer's name of it; a key the database named (distributor, product,
 * group, client) keeps that name, or its key when the name is unknown (a SKU not in the
 * catalogue). Lines without a value are «не указан».
 */
@Component
class KeyNames {

	private final Segments segments;

	private final MessageSource messages;

	KeyNames(Segments segments, MessageSource messages) {
		this.segments = segments;
		this.messages = messages;
	}

	/** Names the keys of one breakdown: reads what it needs once. */
	Naming forBreakdown(List<Dimension> dimensions) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> segmentNames = new HashMap<>();
		if (dimensions.contains(Dimension.SEGMENT)) {
			for (Segment segment : segments.all()) {
				segmentNames.put(segment.code(), segment.name(locale));
			}
		}
		String unspecified = messages.getMessage("analytics.unspecified", null, "-", locale);
		Map<YearMonth, String> months = new HashMap<>();
		return (dimension, key, known) -> {
			if (Dimension.UNSPECIFIED.equals(key)) {
				return unspecified;
			}
			return switch (dimension) {
				case PERIOD -> months.computeIfAbsent(YearMonth.parse(key), m -> month(m, locale));
				case REGION -> Region.byCode(key).map(Region::name).orElse(key);
				case SEGMENT -> segmentNames.getOrDefault(key, key);
				default -> known == null || known.isBlank() ? key : known;
			};
		};
	}

	/** «янв 2026», «Jan 2026»: the short names of the messages, the same on pages. */
	String month(YearMonth month, Locale locale) {
		String[] months = messages.getMessage("analytics.months", null, "", locale).split(",");
		String name = months.length == 12 ? months[month.getMonthValue() - 1].strip()
				: month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
		return name + " " + month.getYear();
	}

	/** The name of a key, given what the database knew of it. */
	@FunctionalInterface
	interface Naming {

		String name(Dimension dimension, String key, @Nullable String known);

	}

}
