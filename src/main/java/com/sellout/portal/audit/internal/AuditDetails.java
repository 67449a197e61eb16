package com.sellout.portal.audit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.audit.AuditSubjects.Subject;
import com.sellout.portal.shared.DisplayDates;
import com.sellout.portal.shared.DisplayNumbers;

import org.springframework.context.MessageSource;

/**
 * An event's details as the log's reader reads them. The details are stored as the
 * recording module wrote them — short English notes with the codes of enums
 * ({@code ACTIVE → BLOCKED: дубль}, {@code alfa.manager: DISTRIBUTOR_MANAGER/2 →
 * DISTRIBUTOR_ADMIN/2}, {@code csv 12 rows}); here codes become the words of the reader's
 * language (a status, a role, a channel), a distributor's or a person's id their name,
 * ISO dates and months the Russian ones, {@code true}/{@code false} yes and no, a
 * record's {@code Name[a=1, b=2]} its fields by name; and, in Russian, the notes
 * themselves are said in Russian. What is not known is left as written.
 */
final class AuditDetails {

	/** Message prefixes under which the code of an enum has its words. */
	private static final List<String> CODE_PREFIXES = List.of("role.", "ptoken.scope.", "client.status.",
			"requests.kind.", "sellout.channel.", "delivery.", "frequency.", "sellout.lines.",
			"calendar.settings.dueKind.", "audit.code.");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

	private static final Pattern ISO_DATE = Pattern
		.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T[\\d:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?\\b");

	private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])\\b(?!-)");

	private static final Pattern RECORD = Pattern.compile("^[A-Z][A-Za-z]*\\[(.*)]$");

	private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)]");

	private static final Pattern USER_CHANGE = Pattern.compile("([A-Z_]+)/(\\d+|null) → ([A-Z_]+)/(\\d+|null)");

	private static final Pattern RESPONSIBLE_CHANGE = Pattern.compile("; responsibleUserId: (\\d+|null) → (\\d+|null)");

	private static final Pattern FIELD_CHANGE = Pattern.compile("; ([a-zA-Z]+): ");

	/** The notes the modules write, in Russian: pattern, then what it becomes. */
	private static final List<Rule> RUSSIAN = List.of(
			rule("^BadCredentialsException$|^UsernameNotFoundException$", "неверный логин или пароль"),
			rule("^DisabledException$", "учётная запись отключена"),
			rule("^LockedException$", "учётная запись заблокирована"), rule("^[A-Za-z]+Exception$", "вход отклонён"),
			rule("^BI key refused$", "BI-ключ не принят"), rule("^personal token refused$", "личный токен не принят"),
			rule("^password without the second factor$", "пароль без второго фактора"),
			rule("^second factor$", "второй фактор"), rule("^recovery code$", "код восстановления"),
			rule("^code$", "код"), rule("^set-up$", "при настройке второго фактора"),
			rule("^re-authentication$", "подтверждение пароля"), rule("^removed$", "удалено"),
			rule(": reset by (\\S+)$", ": сброшен администратором $1"),
			rule(": replaced by the person with a recovery code$",
					": заменён самим пользователем по коду восстановления"),
			rule(": replaced by the person with a code$", ": заменён самим пользователем по коду из приложения"),
			rule("^current password on the profile$", "текущий пароль в профиле"),
			rule("^second factor replacement$", "замена второго фактора"),
			rule("^replacement: recovery code$", "замена второго фактора: код восстановления"),
			rule("^replacement: code$", "замена второго фактора: код"),
			rule(": own password instead of the temporary one$", ": свой пароль вместо временного"),
			rule("the same bytes again after a failure of ours", "тот же файл ещё раз после сбоя на стороне портала"),
			rule("own terms cleared: the defaults apply", "свои сроки отменены: действуют общие"),
			rule("^own terms: ", "свои сроки: "), rule("all distributors", "все дистрибьюторы"),
			rule("all clients", "все клиенты"), rule("^link by e-mail$", "по ссылке из письма"),
			rule("^by e-mail link \\(reset\\)$", "по ссылке из письма для смены пароля"),
			rule("^by e-mail link \\(invitation\\)$", "по ссылке из приглашения"),
			rule("^by e-mail link \\((\\w+)\\)$", "по ссылке из письма ($1)"),
			rule(": invitation to ", ": приглашение на "), rule(": profile$", ": профиль"),
			rule(": e-mail - ", ": адреса отправителей, без метки, "),
			rule(": e-mail (\\S+) ", ": метка $1, адреса отправителей "), rule("(\\d+) left$", "осталось кодов: $1"),
			rule("^address ", "адрес "), rule("(\\d+) bytes", "$1 байт"), rule("(\\d+) rows", "строк: $1"),
			rule("(\\d+) file\\(s\\)", "файлов: $1"), rule("(\\d+) clients", "клиентов: $1"),
			rule("lead time (\\d+) months, cover ([\\d.]+) weeks", "срок поставки $1 мес., целевой запас $2 нед."),
			rule("(\\d+) months", "месяцев: $1"), rule("(\\d+) added, (\\d+) skipped", "добавлено $1, пропущено $2"),
			rule("version (\\d+) made current", "версия $1 стала текущей"),
			rule("report (\\d+) \\(version (\\d+)\\) superseded", "отчёт №$1 (версия $2) заменён"),
			rule("report (\\d+) superseded", "отчёт №$1 заменён"),
			rule("version (\\d+) withdrawn", "версия $1 отозвана"),
			rule(": no sales, version (\\d+)", ": продаж не было, версия $1"),
			rule(": correction requested", ": запрошено исправление"),
			rule("^kind as detected", "вид определён по файлу"), rule("^kind ", "вид: "),
			rule(", as of ", ", на дату "), rule("^stock ", "остатки, "),
			rule("^from (\\S+) to (\\S+) by (\\S+), ", "от $1 передано учётной записи $2, принял(а) $3, "),
			rule("^from (\\S+) by (\\S+)$", "от $1, удалил(а) $2"), rule(", until ", ", действует до "),
			rule("; ended by self", "; завершён самим пользователем"),
			rule("; ended by administrator", "; завершён администратором"),
			rule("; ended by absolute lifetime", "; завершён: истёк наибольший срок сеанса"),
			rule("; ended by another login", "; завершён новым входом"), rule("^listed; ", "год внесён; "),
			rule("transfers not known", "переносы неизвестны"), rule("transfers known", "переносы известны"),
			rule("; no day changed", "; дни не менялись"), rule("; changed: ", "; изменены дни: "),
			rule("(\\d{4}-\\d{2}-\\d{2}) working\\b", "$1 — рабочий"),
			rule("(\\d{4}-\\d{2}-\\d{2}) off\\b", "$1 — выходной"), rule("^due ", "срок: "),
			rule(", weeks ", ", неделя: "), rule(", grace (\\d+)", ", отсрочка $1 раб. дн."),
			rule(", zone ", ", часовой пояс "), rule(", stock expected", ", остатки ожидаются"),
			rule(", stock not expected", ", остатки не ожидаются"));

	private AuditDetails() {
	}

	/**
	 * The details in the reader's language.
	 * @param named names an object of the log by type and id (for the distributors and
	 * people a note gives by id)
	 */
	static String describe(String details, Locale locale, MessageSource messages,
			BiFunction<String, String, Optional<Subject>> named) {
		if (details == null || details.isBlank()) {
			return "";
		}
		boolean russian = !"en".equals(locale.getLanguage());
		String text = details.strip();
		Matcher record = RECORD.matcher(text);
		if (record.matches()) {
			text = fields(record.group(1), locale, messages);
		}
		text = replace(USER_CHANGE, text,
				m -> code(m.group(1), locale, messages) + " · " + distributor(m.group(2), named, locale, messages)
						+ " → " + code(m.group(3), locale, messages) + " · "
						+ distributor(m.group(4), named, locale, messages));
		text = replace(RESPONSIBLE_CHANGE, text,
				m -> "; responsibleUserId: " + person(m.group(1), named) + " → " + person(m.group(2), named));
		text = replace(FIELD_CHANGE, text, m -> "; " + field(m.group(1), locale, messages) + ": ");
		if (russian) {
			for (Rule rule : RUSSIAN) {
				text = rule.pattern.matcher(text).replaceAll(rule.replacement);
			}
			text = replace(Pattern.compile("(\\d{4,})(?= байт)"), text,
					m -> DisplayNumbers.format(new BigDecimal(m.group(1)), "#,##0", locale));
		}
		text = replace(ISO_DATE, text, m -> DisplayDates.date(
				LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
				locale));
		text = replace(ISO_MONTH, text, m -> DisplayDates
			.month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), locale));
		text = replace(CODE, text, m -> code(m.group(), locale, messages));
		text = replace(LIST, text, m -> m.group(1));
		text = text.replaceAll("\\btrue\\b", word("audit.yes", locale, messages))
			.replaceAll("\\bfalse\\b", word("audit.no", locale, messages))
			.replaceAll("\\bnull\\b", "—");
		return text;
	}

	private static String fields(String inner, Locale locale, MessageSource messages) {
		List<String> parts = new ArrayList<>();
		for (String part : inner.split(", ")) {
			int eq = part.indexOf('=');
			parts.add(eq < 0 ? part : field(part.substring(0, eq), locale, messages) + ": " + part.substring(eq + 1));
		}
		return String.join("; ", parts);
	}

	private static String field(String name, Locale locale, MessageSource messages) {
		return messages.getMessage("audit.field." + name, null, name, locale);
	}

	private static String code(String code, Locale locale, MessageSource messages) {
		for (String prefix : CODE_PREFIXES) {
			String words = messages.getMessage(prefix + code, null, null, locale);
			if (words != null) {
				return words;
			}
		}
		return code;
	}

	private static String distributor(String id, BiFunction<String, String, Optional<Subject>> named, Locale locale,
			MessageSource messages) {
		if ("null".equals(id)) {
			return word("audit.manufacturer", locale, messages);
		}
		return named.apply("distributor", id).map(Subject::name).orElse("№" + id);
	}

	private static String person(String id, BiFunction<String, String, Optional<Subject>> named) {
		return "null".equals(id) ? "—" : named.apply("user", id).map(Subject::name).orElse("№" + id);
	}

	private static String word(String key, Locale locale, MessageSource messages) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static Rule rule(String pattern, String replacement) {
		return new Rule(Pattern.compile(pattern), replacement);
	}

	private record Rule(Pattern pattern, String replacement) {
	}

}
