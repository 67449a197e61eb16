package com.sellout.portal.conversations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversations' pages as people use them, each form submitted as the page renders
 * it: a question about a report's line, the distributor's answer with a file, the
 * manufacturer's internal note the distributor never sees, followers and the unread
 * badge, the state buttons; another distributor gets 404 everywhere.
 */
class ConversationPagesTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		PagesFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void aQuestionAboutALineIsAnsweredWithAFileAndTheNoteStaysTheManufacturers() {
		long report = asSystem(
				() -> PagesFixture.report(intake, distributorId("CNV21A"), YearMonth.of(2009, 3), 2, 3, 4));
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		// «Спросить» on line 2 of the report's card opens the form about that line
		Document card = html(admin.get("/sellout/reports/" + report));
		Element ask = card.selectFirst("a[data-testid=ask-line][href$=lineNo=2]");
		String form = ask.attr("href");
		assertThat(form).isEqualTo("/conversations/new?about=LINE&reportId=" + report + "&lineNo=2");
		PageForm question = PageForm.on(admin, form, "form[data-testid=new-thread-form]");
		assertThat(html(admin.get(form)).select("[data-testid=new-about]").text())
			.contains("Строка 2 отчёта № " + report);
		assertThat(question.options("distributor")).as("a line names its distributor").isEmpty();
		HttpResponse<String> opened = question.fill("subject", "Цена в строке 2")
			.fill("text", "Почему цена ниже порога?\nПроверьте, пожалуйста.")
			.submit();
		assertThat(opened.statusCode()).isEqualTo(302);
		String thread = path(opened);
		assertThat(thread).matches("/conversations/\\d+");
		long threadId = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));

		Document shown = html(admin.get(thread));
		assertThat(shown.select("[data-testid=thread-subject]").text()).isEqualTo("Цена в строке 2");
		assertThat(shown.select("[data-testid=thread-about]").attr("href")).isEqualTo("/sellout/reports/" + report);
		assertThat(shown.select(".message-text").first().wholeText())
			.isEqualTo("Почему цена ниже порога?\nПроверьте, пожалуйста.");
		assertThat(shown.select("[data-testid=thread-distributor]").text()).isEqualTo(PagesFixture.NAME_A);

		// the distributor's administrator follows it: the badge counts it until they read
		// it
		PortalHttp alfa = browser().loggedInAs("cnv21a.admin", PagesFixture.PASSWORD);
		int before = badge(alfa);
		assertThat(before).isPositive();
		Document list = html(alfa.get("/conversations"));
		Element row = list.selectFirst("tr[data-thread=" + threadId + "]");
		assertThat(row).isNotNull();
		assertThat(row.select("[data-testid=thread-unread]").text()).isEqualTo("1");
		assertThat(row.select("[data-testid=thread-about]").text()).isEqualTo("Строка 2 отчёта № " + report);
		assertThat(row.select("[data-testid=thread-state]").text()).isEqualTo("Открыто");
		Document alfaThread = html(alfa.get(thread));
		assertThat(alfaThread.select("input[name=internal]")).as("no internal notes for a distributor").isEmpty();
		assertThat(badge(alfa)).isEqualTo(before - 1);

		// the answer with a file
		byte[] file = "Артикул;Цена\nEL-10001;1480\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> answered = PageForm.on(alfa, thread, "form[data-testid=reply-form]")
			.fill("text", "Исправили, файл прилагаем.")
			.upload("исправление.csv", file);
		assertThat(answered.statusCode()).isEqualTo(302);

		Document withAnswer = html(admin.get(thread));
		assertThat(withAnswer.select("[data-testid=thread-state]").first().text()).isEqualTo("Отвечено");
		Element link = withAnswer.selectFirst("a[data-testid=attachment]");
		assertThat(link.text()).isEqualTo("исправление.csv");
		HttpResponse<byte[]> download = admin.download(link.attr("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(file);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");

		// the manufacturer's internal note, shown as one to the manufacturer and never to
		// the distributor
		HttpResponse<String> noted = PageForm.on(admin, thread, "form[data-testid=reply-form]")
			.fill("text", "Внутри: проверить скидку у Щитстроя")
			.tick("internal", true)
			.submit();
		assertThat(noted.statusCode()).isEqualTo(302);
		Document manufacturer = html(admin.get(thread));
		assertThat(manufacturer.select("li.message.internal [data-testid=internal-note]").text())
			.isEqualTo("Внутренняя заметка — дистрибьютор её не видит");
		assertThat(manufacturer.text()).contains("Внутри: проверить скидку у Щитстроя");
		String distributorSees = alfa.get(thread).body();
		assertThat(distributorSees).doesNotContain("проверить скидку").doesNotContain("internal-note");
		assertThat(html(distributorSees).select("li.message")).hasSize(2);

		// a forged internal note from the distributor is refused, not kept as a message
		HttpResponse<String> forged = alfa.postForm(thread + "/messages",
				Map.of("text", "Подделка", "internal", "true", "_csrf", PortalHttp.csrfOf(alfa.get(thread).body())));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from conversation_messages where thread_id = ?")
			.param(threadId)
			.query(Long.class)
			.single())).isEqualTo(3L);

		// another distributor: 404 on every door
		PortalHttp beta = browser().loggedInAs("cnv21b.admin", PagesFixture.PASSWORD);
		String token = PortalHttp.csrfOf(beta.get("/conversations").body());
		assertThat(beta.get(thread).statusCode()).isEqualTo(404);
		assertThat(beta.download(link.attr("href")).statusCode()).isEqualTo(404);
		assertThat(beta.postForm(thread + "/messages", Map.of("text", "Чужое", "_csrf", token)).statusCode())
			.isEqualTo(404);
		assertThat(beta.postForm(thread + "/state", Map.of("state", "RESOLVED", "_csrf", token)).statusCode())
			.isEqualTo(404);
		assertThat(beta
			.postForm(thread + "/followers", Map.of("userId", String.valueOf(userId("cnv21b.admin")), "_csrf", token))
			.statusCode()).isEqualTo(404);
		assertThat(beta.postForm(thread + "/followers/" + userId("cnv21a.admin") + "/remove", Map.of("_csrf", token))
			.statusCode()).isEqualTo(404);
		assertThat(beta.get("/conversations").body()).doesNotContain("Цена в строке 2");
		assertThat(beta.get("/conversations/new?about=LINE&reportId=" + report + "&lineNo=2").statusCode())
			.as("an object of another distributor")
			.isEqualTo(404);
		assertThat(beta.get("/conversations/about?reportId=" + report).body()).doesNotContain("Цена в строке 2");
		assertThat(alfa.get("/conversations/" + threadId + "/attachments/999999999").statusCode()).isEqualTo(404);

		// a participant added by the manufacturer: their badge goes up, and down once
		// they read
		PortalHttp manager = browser().loggedInAs("cnv21a.manager", PagesFixture.PASSWORD);
		int managerBefore = badge(manager);
		PageForm add = PageForm.on(admin, thread, "form[data-testid=add-follower]");
		assertThat(add.options("userId")).contains("Менеджер CNV21A (cnv21a.manager)")
			.noneMatch(o -> o.contains("cnv21a.admin"));
		assertThat(add.choose("userId", "Менеджер CNV21A (cnv21a.manager)").submit().statusCode()).isEqualTo(302);
		assertThat(html(admin.get(thread)).select("ul.followers").text()).contains("Менеджер CNV21A");
		assertThat(badge(manager)).isEqualTo(managerBefore + 1);
		assertThat(manager.get(thread).statusCode()).isEqualTo(200);
		assertThat(badge(manager)).isEqualTo(managerBefore);

		// «Решено» and «Открыть снова»
		assertThat(PageForm.on(alfa, thread, "form:has([data-testid=resolve])").submit().statusCode()).isEqualTo(302);
		Document resolved = html(admin.get(thread));
		assertThat(resolved.select("[data-testid=thread-state]").first().text()).isEqualTo("Решено");
		assertThat(resolved.select("[data-testid=resolve]")).isEmpty();
		assertThat(PageForm.on(admin, thread, "form:has([data-testid=reopen])").submit().statusCode()).isEqualTo(302);
		assertThat(html(admin.get(thread)).select("[data-testid=thread-state]").first().text()).isEqualTo("Открыто");

		// the manufacturer takes the participant off again
		Element remove = html(admin.get(thread)).selectFirst("[data-follower=" + userId("cnv21a.manager") + "] form");
		assertThat(PageForm
			.on(admin, thread,
					"[data-follower=" + userId("cnv21a.manager") + "] form:has([data-testid=remove-follower])")
			.submit()
			.statusCode()).isEqualTo(302);
		assertThat(remove).isNotNull();
		assertThat(html(admin.get(thread)).select("ul.followers").text()).doesNotContain("Менеджер CNV21A");

		// the report's card lists it through its fragment, and the list filters by the
		// report
		assertThat(admin.get("/sellout/reports/" + report).body())
			.contains("hx-get=\"/conversations/about?reportId=" + report + "\"");
		Document about = html(alfa.get("/conversations/about?reportId=" + report));
		assertThat(about.select("[data-thread=" + threadId + "] a").attr("href")).isEqualTo(thread);
		assertThat(about.select("a[data-testid=ask]").attr("href"))
			.isEqualTo("/conversations/new?about=REPORT&reportId=" + report);
		Document filtered = html(admin.get("/conversations?reportId=" + report));
		assertThat(filtered.select("tr[data-thread]")).hasSize(1);
	}

	@Test
	void theFormKeepsWhatWasTypedWhenItIsRefused() {
		long report = asSystem(() -> PagesFixture.report(intake, distributorId("CNV21A"), YearMonth.of(2009, 4), 5));
		PortalHttp alfa = browser().loggedInAs("cnv21a.admin", PagesFixture.PASSWORD);
		String form = "/conversations/new?about=REPORT&reportId=" + report;

		HttpResponse<String> noSubject = PageForm.on(alfa, form, "form[data-testid=new-thread-form]")
			.fill("text", "Текст без темы")
			.submit();
		Document again = html(noSubject.body());
		assertThat(again.select(".field.invalid .error").text()).isEqualTo("Укажите тему.");
		assertThat(again.select("textarea[name=text]").text()).isEqualTo("Текст без темы");

		HttpResponse<String> badFile = PageForm.in(alfa, noSubject, form, "form[data-testid=new-thread-form]")
			.fill("subject", "Файл не того типа")
			.upload("программа.exe", new byte[] { 1, 2, 3 });
		Document refused = html(badFile.body());
		assertThat(refused.select("[data-testid=refusal]").text()).startsWith("Файл «программа.exe» не принят");
		assertThat(refused.select("input[name=subject]").attr("value")).isEqualTo("Файл не того типа");
		assertThat(refused.select("[data-testid=files-again]")).hasSize(1);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from conversation_threads where report_id = ?")
			.param(report)
			.query(Long.class)
			.single())).isZero();

		// the manufacturer writing about nothing in particular chooses the distributor
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm general = PageForm.on(admin, "/conversations/new", "form[data-testid=new-thread-form]");
		assertThat(html(admin.get("/conversations/new")).select("[data-testid=new-about]").text())
			.contains("Общий вопрос");
		HttpResponse<String> opened = general.choose("distributor", "CNV21A · " + PagesFixture.NAME_A)
			.fill("subject", "Общий вопрос 2009")
			.fill("text", "Добрый день")
			.submit();
		assertThat(opened.statusCode()).isEqualTo(302);
		String thread = path(opened);
		assertThat(alfa.get(thread).body()).contains("Общий вопрос 2009");
		assertThat(browser().loggedInAs("cnv21b.admin", PagesFixture.PASSWORD).get(thread).statusCode()).isEqualTo(404);
	}

	@Test
	void aClientsCardLoadsItsThreadsAndOffersAQuestion() {
		long client = asSystem(() -> jdbc.sql("select min(id) from clients").query(Long.class).single());
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(admin.get("/clients/" + client).body())
			.contains("hx-get=\"/conversations/about?clientId=" + client + "\"");
		Document about = html(admin.get("/conversations/about?clientId=" + client));
		assertThat(about.select("[data-testid=about-threads] h2").text()).isEqualTo("Переписка");
		assertThat(about.select("a[data-testid=ask]").attr("href"))
			.isEqualTo("/conversations/new?about=CLIENT&clientId=" + client);
		assertThat(admin.get("/conversations/new?about=CLIENT&clientId=" + client).statusCode()).isEqualTo(200);
	}

	/** Where a redirect goes, without the host. */
	static String path(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	/** The unread count the navigation shows (0 when it shows none). */
	private static int badge(PortalHttp tab) {
		Element badge = html(tab.get("/profile")).selectFirst("[data-testid=conversations-unread]");
		return badge == null ? 0 : Integer.parseInt(badge.text());
	}

	private static Document html(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		return html(page.body());
	}

	private static Document html(String body) {
		return Jsoup.parse(body);
	}

}
