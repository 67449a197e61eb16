package com.sellout.portal.ingest.mail;

import java.util.stream.Stream;

import com.sellout.portal.ingest.ReplyMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply's own text as mail clients quote the conversation mail under it: the marker
 * line, {@code >} quotes and the line above them, in English and Russian.
 */
class ReplyTextTest {

	private static final String MARKER = ReplyMail.QUOTE_MARKER;

	static Stream<Arguments> replies() {
		return Stream.of(Arguments.of("the quote marker, quoted", """
				Остатки пришлю завтра.

				Иван

				> %s
				> Новое сообщение в переписке «Остатки за ноябрь»
				> Пришлите, пожалуйста, остатки.
				""".formatted(MARKER), "Остатки пришлю завтра.\n\nИван"),
				Arguments.of("the marker unquoted (Outlook), whatever follows it", """
						Принято.\r
						\r
						%s\r
						From: Sell-out Portal\r
						> not a quote of ours, but below the marker\r
						""".formatted(MARKER), "Принято."),
				Arguments.of("the attribution above the marker, its trailing whitespace",
						"""
								Да, верно.   \t

								On Wed, Dec 2, 2026 at 10:00 AM Sell-out Portal <sellout+t-abcdefghijklmnopqrstuvwxyz@portal.local> wrote:

								> %s
								> text
								"""
							.formatted(MARKER),
						"Да, верно."),
				Arguments.of("an attribution wrapped by Gmail", """
						OK

						On Wed, Dec 2, 2026 at 10:00 AM Sell-out Portal <
						sellout+t-abcdefghijklmnopqrstuvwxyz@portal.local> wrote:
						> %s
						""".formatted(MARKER), "OK"), Arguments.of("one half of the marker on its line (wrapped)", """
						Спасибо
						--- Ответьте выше этой строки /
						Reply above this line ---
						""", "Спасибо"), Arguments.of("a > quoted tail with «пишет:»", """
						Цены пересмотрим в январе.

						02.12.2026 10:00, Sell-out Portal пишет:
						> Добрый день!
						>
						> Когда пересмотрите цены?
						""", "Цены пересмотрим в январе."),
				Arguments.of("«написал(а):» and a Russian Gmail attribution ending in the address", """
						Первая строка
						вторая строка

						пн, 1 дек. 2026 г. в 10:00, Sell-out Portal <sellout+t-abc@portal.local>:
						> вопрос
						""", "Первая строка\nвторая строка"), Arguments.of("«написал(а):»", """
						Хорошо.

						Портал написал(а):
						>> вопрос
						> ответ
						""", "Хорошо."), Arguments.of("no quote: the text as written, a «wrote:» of its own kept", """

						Nothing new.
						Here is what he wrote:

						""", "Nothing new.\nHere is what he wrote:"),
				Arguments.of("a line with > inside it is no quote", "a > b\n", "a > b"),
				Arguments.of("only the quote", "> %s\n> text\n".formatted(MARKER), ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("replies")
	void theOwnTextIsWhatStandsAboveTheQuote(String what, String mail, String ownText) {
		assertThat(ReplyText.ownText(mail)).isEqualTo(ownText);
	}

	@Test
	void htmlReadsAsItsText() {
		String html = """
				<html><head><style>p { color: red }</style></head><body>
				<div dir="ltr">Цены&nbsp;пересмотрим <b>в январе</b>.<br>Иван</div>
				<p>Второй
				   абзац</p>
				<ul><li>один</li><li>два</li></ul>
				<div class="gmail_quote"><div class="gmail_attr">On Wed, Dec 2, 2026 Sell-out Portal &lt;sellout+t-x@portal.local&gt; wrote:<br></div>
				<blockquote><div>%s</div><div>Вопрос</div></blockquote></div>
				</body></html>"""
			.formatted(MARKER);

		String text = ReplyText.fromHtml(html);

		assertThat(text).startsWith("Цены пересмотрим в январе.\nИван\nВторой абзац\nодин\nдва\n")
			.doesNotContain("color")
			.contains(MARKER);
		assertThat(ReplyText.ownText(text)).isEqualTo("Цены пересмотрим в январе.\nИван\nВторой абзац\nодин\nдва");
	}

}
