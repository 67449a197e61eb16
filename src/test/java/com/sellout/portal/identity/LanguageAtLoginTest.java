package com.sellout.portal.identity;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language of the login page is the person's choice: the login keeps it and makes it
 * theirs; without a choice there, their profile's language applies.
 */
class LanguageAtLoginTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Test
	void englishChosenOnTheLoginPageStaysAfterTheLoginAndBecomesThePersonsLanguage() {
		asSystem(() -> users.register("lang.chooser", "language-pass-1", "Выбор Языка", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("BETA")));
		PortalHttp tab = browser();
		assertThat(Jsoup.parse(tab.get("/login?lang=en").body()).select("html").attr("lang")).isEqualTo("en");
		tab.loggedInAs("lang.chooser", "language-pass-1");
		assertThat(Jsoup.parse(tab.get("/profile").body()).select("html").attr("lang")).isEqualTo("en");
		assertThat(languageOf("lang.chooser")).isEqualTo("en");

		// the next login, without a choice on its page, takes the person's language
		PortalHttp next = browser().loggedInAs("lang.chooser", "language-pass-1");
		assertThat(Jsoup.parse(next.get("/profile").body()).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void withoutAChoiceTheProfilesLanguageApplies() {
		asSystem(() -> users.register("lang.keeper", "language-pass-1", "Язык Профиля", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("BETA")));
		users.changeLanguage(userId("lang.keeper"), "en");
		PortalHttp tab = browser();
		assertThat(Jsoup.parse(tab.get("/login").body()).select("html").attr("lang")).isEqualTo("ru");
		tab.loggedInAs("lang.keeper", "language-pass-1");
		assertThat(Jsoup.parse(tab.get("/profile").body()).select("html").attr("lang")).isEqualTo("en");
	}

	private String languageOf(String login) {
		return asSystem(
				() -> jdbc.sql("select language from users where login = ?").param(login).query(String.class).single());
	}

}
