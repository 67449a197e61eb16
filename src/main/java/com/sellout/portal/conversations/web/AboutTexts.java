package com.sellout.portal.conversations.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.ConversationProjects;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a thread is about in people's words, with a link to the object when it has a page:
 * «Отчёт № 123 · Сентябрь 2026», «Строка 8 отчёта № 123», «Клиент ООО …», «Период:
 * Сентябрь 2026», «Остатки: SKU · Сентябрь 2026», «Общий вопрос». Reports and clients are
 * read in the caller's scope; one gone from it is named by its number alone.
 */
@Component
class AboutTexts {

	private final SellOutReports reports;

	private final Clients clients;

	private final MessageSource messages;

	private final ObjectProvider<ConversationProjects> projects;

	AboutTexts(SellOutReports reports, Clients clients, MessageSource messages,
			ObjectProvider<ConversationProjects> projects) {
		this.reports = reports;
		this.clients = clients;
		this.messages = messages;
		this.projects = projects;
	}

	/** An about as a line of text and, when the object has a page, its address. */
	record AboutView(String text, @Nullable String href) {
	}

	/** Describes abouts one after another, reading each report and client once. */
	Describer describer() {
		return new Describer();
	}

	final class Describer {

		private final Map<Long, Optional<SellOutReport>> seenReports = new HashMap<>();

		private final Map<Long, Optional<Client>> seenClients = new HashMap<>();

		private final Map<Long, Optional<ConversationProjects.SeenProject>> seenProjects = new HashMap<>();

		AboutView describe(About about) {
			return switch (about.type()) {
				case REPORT -> {
					Optional<SellOutReport> report = report(about.reportId());
					String period = report.map(r -> month(r.period())).orElse("");
					String key = report.map(r -> r.kind() == ReportKind.STOCK).orElse(false)
							? "conversations.about.stockReport" : "conversations.about.report";
					yield new AboutView(text(key, about.reportId(), period).replaceAll(" · $", ""),
							reportHref(about.reportId(), report));
				}
				case LINE -> new AboutView(text("conversations.about.line", about.lineNo(), about.reportId()),
						reportHref(about.reportId(), report(about.reportId())));
				case CLIENT -> {
					Optional<Client> client = seenClients.computeIfAbsent(about.clientId(), clients::find);
					yield new AboutView(
							client.map(c -> text("conversations.about.client", c.name()))
								.orElseGet(() -> text("conversations.about.clientNo", about.clientId())),
							"/clients/" + about.clientId());
				}
				case PERIOD -> new AboutView(text("conversations.about.period", month(about.period())), null);
				case STOCK ->
					new AboutView(text("conversations.about.stock", about.sku(), month(about.period())), null);
				case GENERAL -> new AboutView(text("conversations.about.general"), null);
				case PROJECT -> {
					Optional<ConversationProjects.SeenProject> project = seenProjects.computeIfAbsent(about.projectId(),
							id -> projects.getIfAvailable() == null ? Optional.empty()
									: projects.getIfAvailable().seen(id));
					yield new AboutView(
							project.map(p -> text("conversations.about.project", p.name()))
								.orElseGet(() -> text("conversations.about.projectNo", about.projectId())),
							"/projects/" + about.projectId());
				}
			};
		}

		private Optional<SellOutReport> report(@Nullable Long id) {
			return id == null ? Optional.empty() : seenReports.computeIfAbsent(id, reports::find);
		}

	}

	/** The report's card: a stock report has its own. */
	static String reportHref(@Nullable Long id, Optional<SellOutReport> report) {
		boolean stock = report.map(r -> r.kind() == ReportKind.STOCK).orElse(false);
		return (stock ? "/sellout/stock-reports/" : "/sellout/reports/") + id;
	}

	/** A month by its name: «Сентябрь 2026». */
	static String month(@Nullable YearMonth month) {
		if (month == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
	}

	/** A month written as {@code YYYY-MM} (a report's period), by its name. */
	static String month(@Nullable String period) {
		if (period == null || period.isBlank()) {
			return "";
		}
		try {
			return month(YearMonth.parse(period.strip()));
		}
		catch (RuntimeException ex) {
			return period;
		}
	}

	private String text(String key, @Nullable Object... args) {
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
		}
		return messages.getMessage(key, shown, key, LocaleContextHolder.getLocale());
	}

}
