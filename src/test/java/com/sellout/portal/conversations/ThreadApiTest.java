package com.sellout.portal.conversations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.shared.RefusedException;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.conversations.ConversationFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /api/v1/threads} as people's clients call it: the manufacturer opens a thread
 * about a line of CONVA's report, CONVA answers, the manufacturer adds an internal note
 * CONVA never reads; CONVB is answered 404 for everything of CONVA's, exactly as for what
 * does not exist; an {@code about} naming what the caller cannot see is 404; states,
 * unread counts, refusals. Distributors CONVA and CONVB, reports of 2007.
 */
class ThreadApiTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private UserAccounts users;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private Conversations conversations;

	private PortalHttp http;

	@BeforeEach
	void fixture() {
		ConversationFixture.ensure(jdbc, users, this::asSystem);
		http = browser();
	}

	private JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private JsonNode open(String login, String password, String body) {
		return json(http.apiSend("POST", "/api/v1/threads", body, login, password), 201);
	}

	private List<Long> ids(String login, String password, String query) {
		List<Long> ids = new ArrayList<>();
		json(http.api("/api/v1/threads" + query, login, password), 200).path("items")
			.forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private int firstLine(long report) {
		return asSystem(() -> jdbc.sql("select min(line_no) from sellout_lines where report_id = ?")
			.param(report)
			.query(Integer.class)
			.single());
	}

	@Test
	void theManufacturerAsksAboutALineTheDistributorAnswersAndTheInternalNoteStaysTheManufacturers() {
		long report = asSystem(() -> ConversationFixture.report(intake, distributorId("CONVA"), YearMonth.of(2007, 3)));
		int line = firstLine(report);
		JsonNode thread = open("analyst", "demo", """
				{"distributor": "CONVA", "subject": "Цена в строке", "text": "Почему цена ниже порога?",
				 "about": {"type": "LINE", "reportId": %d, "lineNo": %d}}""".formatted(report, line));
		long id = thread.path("id").asLong();
		assertThat(thread.path("distributor").asString()).isEqualTo("CONVA");
		assertThat(thread.path("state").asString()).isEqualTo("OPEN");
		assertThat(thread.path("about").path("type").asString()).isEqualTo("LINE");
		assertThat(thread.path("about").path("reportId").asLong()).isEqualTo(report);
		assertThat(thread.path("about").path("lineNo").asInt()).isEqualTo(line);
		assertThat(thread.path("about").has("clientId")).isFalse();
		assertThat(thread.path("messages")).hasSize(1);
		assertThat(thread.path("messages").get(0).path("text").asString()).isEqualTo("Почему цена ниже порога?");
		assertThat(thread.path("messages").get(0).path("side").asString()).isEqualTo("MANUFACTURER");

		assertThat(json(http.api("/api/v1/threads/unread", "conva.admin", PASSWORD), 200).path("threads").asInt())
			.as("CONVA's administrator follows by default")
			.isPositive();
		JsonNode answer = json(http.apiSend("POST", "/api/v1/threads/" + id + "/messages",
				"{\"text\": \"Акция дистрибьютора, письмо приложим\"}", "conva.admin", PASSWORD), 201);
		assertThat(answer.path("side").asString()).isEqualTo("DISTRIBUTOR");
		assertThat(answer.path("via").asString()).isEqualTo("API");
		JsonNode note = json(http.apiSend("POST", "/api/v1/threads/" + id + "/messages",
				"{\"text\": \"Внутреннее: проверить договор\", \"internal\": true}", "analyst", "demo"), 201);
		assertThat(note.path("internal").asBoolean()).isTrue();

		JsonNode manufacturerView = json(http.api("/api/v1/threads/" + id, "analyst", "demo"), 200);
		assertThat(manufacturerView.path("state").asString()).as("the internal note changes nothing")
			.isEqualTo("ANSWERED");
		assertThat(manufacturerView.path("messages")).hasSize(3);
		JsonNode distributorView = json(http.api("/api/v1/threads/" + id, "conva.admin", PASSWORD), 200);
		assertThat(distributorView.path("messages")).hasSize(2);
		assertThat(distributorView.path("messageCount").asInt()).isEqualTo(2);
		assertThat(distributorView.toString()).doesNotContain("проверить договор");
		assertThat(json(http.api("/api/v1/threads/" + id + "/messages", "conva.manager", PASSWORD), 200).path("items"))
			.hasSize(2);
		HttpResponse<String> forgedNote = http.apiSend("POST", "/api/v1/threads/" + id + "/messages",
				"{\"text\": \"как заметка\", \"internal\": true}", "conva.admin", PASSWORD);
		assertThat(forgedNote.statusCode()).as(forgedNote.body()).isEqualTo(403);

		assertThat(json(http.apiSend("POST", "/api/v1/threads/" + id + "/state", "{\"state\": \"RESOLVED\"}",
				"conva.admin", PASSWORD), 200)
			.path("state")
			.asString()).isEqualTo("RESOLVED");
		json(http.apiSend("POST", "/api/v1/threads/" + id + "/messages", "{\"text\": \"Ещё вопрос\"}", "analyst",
				"demo"), 201);
		assertThat(json(http.api("/api/v1/threads/" + id, "analyst", "demo"), 200).path("state").asString())
			.as("a new message opens a resolved thread again")
			.isEqualTo("OPEN");
		assertThat(json(http.apiSend("POST", "/api/v1/threads/" + id + "/state", "{\"state\": \"ANSWERED\"}", "analyst",
				"demo"), 400)
			.path("detail")
			.asString()).contains("Resolved");
	}

	@Test
	void anotherDistributorIsAnsweredAsIfTheThreadDidNotExist() {
		JsonNode thread = open("conva.admin", PASSWORD,
				"{\"subject\": \"Сроки сдачи\", \"text\": \"Можно сдать отчёт позже?\", \"about\": {\"type\": \"PERIOD\", \"period\": \"2007-04\"}}");
		long id = thread.path("id").asLong();
		assertThat(thread.path("distributor").asString()).isEqualTo("CONVA");
		assertThat(thread.path("about").path("period").asString()).isEqualTo("2007-04");
		long missing = id + 1_000_000;
		for (String path : List.of("/api/v1/threads/%d", "/api/v1/threads/%d/messages")) {
			HttpResponse<String> other = http.api(path.formatted(id), "convb.admin", PASSWORD);
			HttpResponse<String> none = http.api(path.formatted(missing), "convb.admin", PASSWORD);
			assertThat(other.statusCode()).isEqualTo(404);
			assertThat(none.statusCode()).isEqualTo(404);
			assertThat(other.body().replace("/" + id, "/X")).isEqualTo(none.body().replace("/" + missing, "/X"));
			assertThat(other.body()).doesNotContain("CONVA").doesNotContain("Сроки");
		}
		assertThat(http
			.apiSend("POST", "/api/v1/threads/" + id + "/messages", "{\"text\": \"чужое\"}", "convb.admin", PASSWORD)
			.statusCode()).isEqualTo(404);
		assertThat(http
			.apiSend("POST", "/api/v1/threads/" + id + "/state", "{\"state\": \"RESOLVED\"}", "convb.admin", PASSWORD)
			.statusCode()).isEqualTo(404);
		assertThat(ids("convb.admin", PASSWORD, "")).doesNotContain(id);
		assertThat(ids("conva.manager", PASSWORD, "")).contains(id);
		assertThat(ids("admin", "demo", "?distributor=CONVA")).contains(id);
		assertThat(ids("admin", "demo", "?distributor=CONVB")).doesNotContain(id);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from conversation_messages where thread_id = ?")
			.param(id)
			.query(Long.class)
			.single())).as("nothing of CONVB's reached the thread").isEqualTo(1);
	}

	@Test
	void anAboutNamingWhatTheCallerCannotSeeIsAnsweredLikeAMissingOne() {
		long report = asSystem(() -> ConversationFixture.report(intake, distributorId("CONVA"), YearMonth.of(2007, 5)));
		long ownClient = ConversationFixture.clientId(jdbc, this::asSystem, ConversationFixture.OWN_INN);
		String[] abouts = { "{\"type\": \"REPORT\", \"reportId\": %d}",
				"{\"type\": \"LINE\", \"reportId\": %d, \"lineNo\": " + firstLine(report) + "}",
				"{\"type\": \"CLIENT\", \"clientId\": %d}" };
		long[] foreign = { report, report, ownClient };
		long[] absent = { report + 1_000_000, report + 1_000_000, ownClient + 1_000_000 };
		for (int i = 0; i < abouts.length; i++) {
			HttpResponse<String> other = http.apiSend("POST", "/api/v1/threads",
					"{\"subject\": \"s\", \"text\": \"t\", \"about\": " + abouts[i].formatted(foreign[i]) + "}",
					"convb.admin", PASSWORD);
			HttpResponse<String> none = http.apiSend("POST", "/api/v1/threads",
					"{\"subject\": \"s\", \"text\": \"t\", \"about\": " + abouts[i].formatted(absent[i]) + "}",
					"convb.admin", PASSWORD);
			assertThat(other.statusCode()).as(abouts[i]).isEqualTo(404);
			assertThat(none.statusCode()).as(abouts[i]).isEqualTo(404);
			assertThat(other.body()).isEqualTo(none.body());
		}
		HttpResponse<String> wrongDistributor = http.apiSend("POST", "/api/v1/threads",
				"{\"distributor\": \"CONVB\", \"subject\": \"s\", \"text\": \"t\", \"about\": {\"type\": \"REPORT\", \"reportId\": "
						+ report + "}}",
				"admin", "demo");
		assertThat(wrongDistributor.statusCode()).as("CONVA's report is not CONVB's").isEqualTo(404);
		assertThat(http
			.apiSend("POST", "/api/v1/threads", "{\"distributor\": \"CONVA\", \"subject\": \"s\", \"text\": \"t\"}",
					"convb.admin", PASSWORD)
			.statusCode()).as("a distributor never names one").isEqualTo(400);
		JsonNode noDistributor = json(
				http.apiSend("POST", "/api/v1/threads", "{\"subject\": \"s\", \"text\": \"t\"}", "admin", "demo"), 400);
		assertThat(noDistributor.path("detail").asString()).contains("distributor");
		assertThat(http
			.apiSend("POST", "/api/v1/threads", "{\"distributor\": \"NO-SUCH\", \"subject\": \"s\", \"text\": \"t\"}",
					"admin", "demo")
			.statusCode()).isEqualTo(404);
		JsonNode empty = json(http.apiSend("POST", "/api/v1/threads",
				"{\"distributor\": \"CONVA\", \"subject\": \" \", \"text\": \"\"}", "admin", "demo"), 422);
		assertThat(empty.toString()).contains("subject").contains("text");
		assertThat(json(http.apiSend("POST", "/api/v1/threads",
				"{\"distributor\": \"CONVA\", \"subject\": \"s\", \"text\": \"t\", \"about\": {\"type\": \"PERIOD\", \"period\": \"2007-13\"}}",
				"admin", "demo"), 400)
			.path("detail")
			.asString()).contains("2007-13");
		assertThat(http.apiSend("POST", "/api/v1/threads",
				"{\"distributor\": \"CONVA\", \"subject\": \"s\", \"text\": \"t\", \"about\": {\"type\": \"STOCK\", \"sku\": \"NO-SUCH-SKU\", \"period\": \"2007-03\"}}",
				"admin", "demo")
			.statusCode()).isEqualTo(404);
		assertThat(json(http.apiSend("POST", "/api/v1/threads",
				"{\"distributor\": \"CONVA\", \"subject\": \"s\", \"text\": \"t\", \"about\": {\"type\": \"PERIOD\"}}",
				"admin", "demo"), 400)
			.path("detail")
			.asString()).as("the missing field is named").contains("\"period\"");
		HttpResponse<String> system = http.api("/api/v1/threads", "conva.1c", PASSWORD);
		assertThat(system.statusCode()).as("a system does not converse").isEqualTo(403);
	}

	@Test
	void attachmentsAreAlwaysDownloadsAndOnlyOfTheAllowedTypes() {
		long thread = open("conva.admin", PASSWORD, "{\"subject\": \"Файлы\", \"text\": \"файл ниже\"}").path("id")
			.asLong();
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
		ThreadMessage posted = asUser("conva.admin", () -> conversations.post(thread, new NewMessage("данные", false,
				List.of(new NewMessage.NewAttachment("данные.json", html)), Via.PORTAL)));
		long attachment = posted.attachments().get(0).id();
		String path = "/api/v1/threads/" + thread + "/attachments/" + attachment;
		HttpResponse<String> download = http.api(path, "analyst", "demo");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(new String(html, StandardCharsets.UTF_8));
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/octet-stream");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(http.api(path, "convb.admin", PASSWORD).statusCode()).isEqualTo(404);
		long otherThread = open("conva.admin", PASSWORD, "{\"subject\": \"Другая\", \"text\": \"без файлов\"}")
			.path("id")
			.asLong();
		assertThat(http.api("/api/v1/threads/" + otherThread + "/attachments/" + attachment, "conva.admin", PASSWORD)
			.statusCode()).as("an attachment is reached through its own thread only").isEqualTo(404);
		assertThat(http.api("/api/v1/threads/" + thread + "/attachments/" + (attachment + 1_000_000), "analyst", "demo")
			.statusCode()).isEqualTo(404);
		for (String refused : List.of("page.html", "setup.exe", "no-extension")) {
			assertThatThrownBy(() -> asUser("conva.admin",
					() -> conversations.post(thread,
							new NewMessage("x", false, List.of(new NewMessage.NewAttachment(refused, html)),
									Via.PORTAL))))
				.as(refused)
				.isInstanceOf(RefusedException.class)
				.extracting(e -> ((RefusedException) e).arguments()[0])
				.isEqualTo(refused);
		}
	}

	@Test
	void distributorsSharingAClientEachSeeTheirOwnThreadAboutIt() {
		long shared = ConversationFixture.clientId(jdbc, this::asSystem, ConversationFixture.SHARED_INN);
		String about = "\"about\": {\"type\": \"CLIENT\", \"clientId\": " + shared + "}";
		long a = open("conva.admin", PASSWORD, "{\"subject\": \"Клиент A\", \"text\": \"по клиенту\", " + about + "}")
			.path("id")
			.asLong();
		long b = open("admin", "demo",
				"{\"distributor\": \"CONVB\", \"subject\": \"Клиент B\", \"text\": \"по клиенту\", " + about + "}")
			.path("id")
			.asLong();
		assertThat(ids("conva.admin", PASSWORD, "")).contains(a).doesNotContain(b);
		assertThat(ids("convb.admin", PASSWORD, "")).contains(b).doesNotContain(a);
		assertThat(ids("analyst", "demo", "")).contains(a, b);
		assertThat(json(http.api("/api/v1/threads/" + b, "convb.admin", PASSWORD), 200).path("about")
			.path("clientId")
			.asLong()).isEqualTo(shared);

		int unreadBefore = json(http.api("/api/v1/threads/unread", "convb.admin", PASSWORD), 200).path("threads")
			.asInt();
		json(http.apiSend("POST", "/api/v1/threads/" + a + "/messages", "{\"text\": \"ответ A\"}", "admin", "demo"),
				201);
		assertThat(json(http.api("/api/v1/threads/unread", "convb.admin", PASSWORD), 200).path("threads").asInt())
			.as("CONVA's thread never counts for CONVB")
			.isEqualTo(unreadBefore);
		assertThat(ids("conva.admin", PASSWORD, "?unread=true")).contains(a);
		json(http.api("/api/v1/threads/" + a, "conva.admin", PASSWORD), 200);
		assertThat(ids("conva.admin", PASSWORD, "?unread=true")).as("read once opened").doesNotContain(a);
	}

}
