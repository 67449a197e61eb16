package com.sellout.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place pages take periods, percents, numbers and regions from. */
class DisplayFormatsTest {

	private final DisplayFormats display = new DisplayFormats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void inRussian() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(display.month(YearMonth.of(2026, 9))).isEqualTo("Сентябрь 2026");
		assertThat(display.month(LocalDate.of(2026, 9, 1))).isEqualTo("Сентябрь 2026");
		assertThat(display.month("2026-09")).isEqualTo("Сентябрь 2026");
		assertThat(display.month("не месяц")).as("what is not a month, as is").isEqualTo("не месяц");
		assertThat(display.percent(new BigDecimal("-18.25"))).isEqualTo("−18,25\u00a0%");
		assertThat(display.below(new BigDecimal("18.25"))).as("a shortfall below a floor").isEqualTo("−18,25\u00a0%");
		assertThat(display.signedPercent(new BigDecimal("4.2"))).isEqualTo("+4,2\u00a0%");
		assertThat(display.share(0.9)).isEqualTo("90\u00a0%");
		assertThat(display.percent(Integer.valueOf(85))).as("a whole score").isEqualTo("85\u00a0%");
		assertThat(display.number(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,5");
		assertThat(display.money(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50");
		assertThat(display.date(LocalDate.of(2026, 12, 3))).isEqualTo("03.12.2026");
		assertThat(display.region("50")).isEqualTo("Московская область");
		assertThat(display.region("999")).as("a code the portal does not know").isEqualTo("999");
		assertThat(display.who("system")).isEqualTo("Портал (автоматически)");
		assertThat(display.who(null)).isEqualTo("Портал (автоматически)");
		assertThat(display.who("alfa.admin")).isEqualTo("alfa.admin");
	}

	@Test
	void inEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(display.month(YearMonth.of(2026, 9))).isEqualTo("September 2026");
		assertThat(display.percent(new BigDecimal("-18.25"))).isEqualTo("−18.25\u00a0%");
		assertThat(display.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void aMomentIsShownInTheServersZoneADateAsItIs() {
		ZoneId moscow = ZoneId.of("Europe/Moscow");
		OffsetDateTime lateEvening = OffsetDateTime.of(2026, 12, 6, 22, 30, 0, 0, ZoneOffset.UTC);
		assertThat(display.at(lateEvening, "dd.MM.yyyy HH:mm", moscow)).isEqualTo("07.12.2026 01:30");
		assertThat(display.at(lateEvening.toInstant(), "HH:mm", moscow)).isEqualTo("01:30");
		assertThat(display.at(lateEvening, "dd.MM.yyyy HH:mm", ZoneOffset.UTC)).isEqualTo("06.12.2026 22:30");
		assertThat(display.at(LocalDate.of(2026, 12, 6), "dd.MM.yyyy", moscow)).isEqualTo("06.12.2026");
		assertThat(display.at(LocalDateTime.of(2026, 12, 6, 22, 30), "HH:mm", moscow)).isEqualTo("22:30");
		assertThat(display.at(null, "dd.MM.yyyy", moscow)).isNull();
	}

}
