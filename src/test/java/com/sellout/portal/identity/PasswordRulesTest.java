package com.sellout.portal.identity;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which new passwords the portal takes, and why it refuses the others. */
class PasswordRulesTest {

	@ParameterizedTest(name = "«{0}» → {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			# too short, whatever it is made of
			null                        | short
			''                          | short
			demo                        | short
			Zx9!kq#Lm                   | short
			# nine letters of a script with surrogate pairs still count as nine
			𝔞𝔟𝔠𝔡𝔢𝔣𝔤𝔥𝔦                   | short
			# common passwords of zxcvbn's list, in any case
			password123                 | common
			Password123                 | common
			PASSWORD123                 | common
			qwertyuiop                  | common
			1234567890                  | common
			iloveyou12                  | common
			1029384756                  | common
			# keys next to each other: Russian layout, Latin, digits, either way, again and again
			йцукенгшщз                  | keyboard
			ЙЦУКЕНГШЩЗХЪ                | keyboard
			фывапролджэ                 | keyboard
			ячсмитьбю.                  | keyboard
			зщшгнекуцй                  | keyboard
			эждлорпавыф                 | keyboard
			гшщзхъфыва                  | keyboard
			йцукенйцукен                | keyboard
			фывафывафыва                | keyboard
			qwertqwertqwert             | keyboard
			asdfghjkl;                  | keyboard
			0987654321                  | keyboard
			123123123123                | keyboard
			1234512345123               | keyboard
			ааааааааааа                 | keyboard
			# good: long, neither listed nor a run (composition does not matter)
			солнышко12                  | null
			синий трактор едет          | null
			correct horse battery       | null
			корова-молоко-утро          | null
			ПоЛе_2024_к                 | null
			9 кошек в доме              | null
			""")
	void decidesAsTheTableSays(String password, String refusal) {
		Optional<String> expected = refusal == null ? Optional.empty() : Optional.of("password.rule." + refusal);
		assertThat(PasswordRules.refusal(password)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "«{0}» for {1} → {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			# the login, whole or a part of it, with a little added
			alfa.manager1          | alfa.manager | personal
			ALFA.MANAGER2026       | alfa.manager | personal
			manager2026!!          | alfa.manager | personal
			# the name and the e-mail address
			ИвановИван12           | Иван Иванов  | personal
			ivan.ivanov@mail.ru    | ivan.ivanov@mail.ru | personal
			# the portal's own words
			Sellout2026!           | someone      | personal
			портал12345            | someone      | personal
			# the word itself, in Russian too, or typed on the wrong layout
			Пароль12345            | someone      | personal
			gfhjkm2026!!           | someone      | personal
			# a phrase that merely holds such a word is long enough without it
			синий трактор alfa     | alfa.manager | null
			Портал и синий трактор | someone      | null
			# words under three letters are no guess
			ab-синий-кит           | ab           | null
			""")
	void refusesWhatIsLittleMoreThanThePersonsOrThePortalsWords(String password, String personal, String refusal) {
		Optional<String> expected = refusal == null ? Optional.empty() : Optional.of("password.rule." + refusal);
		assertThat(PasswordRules.refusal(password, List.of(personal))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "qwertyuiop, password.rule.common", "короткий, password.rule.short" })
	void refusesForTheFieldItNames(String password, String key) {
		try {
			PasswordRules.check("newPassword", password);
			throw new AssertionError("accepted " + password);
		}
		catch (UserRuleViolation violation) {
			assertThat(violation.field()).isEqualTo("newPassword");
			assertThat(violation.messageKey()).isEqualTo(key);
		}
	}

}
