package com.sellout.portal.audit.internal;

import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.audit.AuditSubjects.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The details of the audit log in the reader's words, not codes nor English notes. */
class AuditDetailsTest {

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void codesBecomeWordsAndIdsNames() {
		assertThat(ru("ACTIVE → BLOCKED: дубль")).isEqualTo("Активен → Заблокирован: дубль");
		assertThat(ru("alfa.manager: DISTRIBUTOR_MANAGER/7 → DISTRIBUTOR_ADMIN/7")).isEqualTo(
				"alfa.manager: Менеджер дистрибьютора · ООО «Альфа» → Администратор дистрибьютора · ООО «Альфа»");
		assertThat(ru("ALFA; name: Альфа → Альфа Плюс; responsibleUserId: null → 5"))
			.isEqualTo("ALFA; название: Альфа → Альфа Плюс; ответственный менеджер: — → Иван Петров (admin)");
		assertThat(ru("FlagRules[stagnationMonths=3, hypeRatio=1.2]"))
			.isEqualTo("затоваривание, месяцев: 3; ажиотаж, sell-out к sell-in: 1.2");
	}

	@Test
	void notesAreSaidInRussianWithRussianDatesAndMonths() {
		assertThat(ru("csv 12 rows")).isEqualTo("csv строк: 12");
		assertThat(ru("SELLOUT 2026-09: correction requested"))
			.isEqualTo("продажи Сентябрь 2026: запрошено исправление");
		assertThat(ru("alfa.admin «Power BI» …ab12, until 2027-03-01"))
			.isEqualTo("alfa.admin «Power BI» …ab12, действует до 01.03.2027");
		assertThat(ru("BadCredentialsException")).isEqualTo("неверный логин или пароль");
		assertThat(ru("API report.csv 123456 bytes")).isEqualTo("API report.csv 123\u00a0456 байт");
		assertThat(ru("flag true, other false")).isEqualTo("flag да, other нет");
	}

	@Test
	void theSecondFactorsAndPasswordsNotesInRussian() {
		assertThat(ru("analyst: reset by admin")).isEqualTo("analyst: сброшен администратором admin");
		assertThat(ru("f2.phone: replaced by the person with a recovery code"))
			.isEqualTo("f2.phone: заменён самим пользователем по коду восстановления");
		assertThat(ru("current password on the profile")).isEqualTo("текущий пароль в профиле");
		assertThat(ru("replacement: recovery code")).isEqualTo("замена второго фактора: код восстановления");
		assertThat(ru("temp.first: own password instead of the temporary one"))
			.isEqualTo("temp.first: свой пароль вместо временного");
		assertThat(ru("«Скрипт» READ_ONLY")).isEqualTo("«Скрипт» Только чтение");
	}

	@Test
	void inEnglishOnlyTheCodesChange() {
		assertThat(AuditDetails.describe("ACTIVE → BLOCKED: csv 12 rows", Locale.ENGLISH, messages, this::named))
			.isEqualTo("Active → Blocked: csv 12 rows");
	}

	private String ru(String details) {
		return AuditDetails.describe(details, RU, messages, this::named);
	}

	private Optional<Subject> named(String type, String id) {
		if (type.equals("distributor") && id.equals("7")) {
			return Optional.of(new Subject("ООО «Альфа»", "/distributors/7"));
		}
		if (type.equals("user") && id.equals("5")) {
			return Optional.of(new Subject("Иван Петров (admin)", "/admin/users/5"));
		}
		return Optional.empty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
