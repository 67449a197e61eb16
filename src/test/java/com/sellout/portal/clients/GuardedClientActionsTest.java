package com.sellout.portal.clients;

import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manufacturer's decisions that take a client out of work are guarded: a rejection
 * says why, a block or an archive is confirmed on a page of its own with a reason, and
 * the status selector never offers a destructive value by default.
 */
class GuardedClientActionsTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRejectionWithoutACommentIsRefusedAndTheTickedRequestsStayTicked() {
		String inn = TestInns.organisation(2301);
		long clientId = registered(inn);
		long request = requestId(inn, "REGISTRATION");
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		String queue = "/clients/requests?state=PENDING";

		PageForm form = PageForm.on(analyst, queue, "form[action$=/decide]");
		HttpResponse<String> refused = form.tick("ids", Long.toString(request), true)
			.press("Отклонить отмеченные")
			.submit();

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Чтобы отклонить заявку, напишите комментарий");
		PageForm again = PageForm.in(analyst, refused, queue, "form[action$=/decide]");
		assertThat(again.value("ids")).isEqualTo(Long.toString(request));
		assertThat(refused.body()).containsPattern("<textarea[^>]*name=\"comment\"[^>]*required");
		assertThat(status(clientId)).isEqualTo("ON_REVIEW");
		assertThat(state(request)).isEqualTo("PENDING");

		HttpResponse<String> rejected = again.fill("comment", "ИНН принадлежит другой организации")
			.press("Отклонить отмеченные")
			.submit();

		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(state(request)).isEqualTo("REJECTED");
		assertThat(status(clientId)).isEqualTo("REJECTED");
		assertThat(browser().loggedInAs("alfa.manager", "demo").get("/clients/requests").body())
			.contains("ИНН принадлежит другой организации");
	}

	@Test
	void anApprovalNeedsNoComment() {
		String inn = TestInns.organisation(2302);
		long clientId = registered(inn);
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");

		HttpResponse<String> approved = PageForm.on(analyst, "/clients/requests?state=PENDING", "form[action$=/decide]")
			.tick("ids", Long.toString(requestId(inn, "REGISTRATION")), true)
			.press("Одобрить отмеченные")
			.submit();

		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(status(clientId)).isEqualTo("ACTIVE");
	}

	@Test
	void blockingAClientIsConfirmedOnItsOwnPageWithAReason() {
		String inn = TestInns.organisation(2303);
		long clientId = registered(inn);
		approve(inn);
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String card = "/clients/" + clientId;

		PageForm status = PageForm.on(admin, card, "form[action$=/status]");
		// nothing destructive is chosen when the card opens
		assertThat(status.value("status")).isEmpty();
		assertThat(status.options("status")).containsExactly("— выберите статус —", "Заблокирован", "В архиве");
		HttpResponse<String> asked = status.choose("status", "Заблокирован").submit();

		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Заблокировать клиента «ООО «Клиент " + inn + "»»?",
				"Вернуть его в работу сможет только производитель", "Да, заблокировать");
		assertThat(status(clientId)).isEqualTo("ACTIVE");

		// confirmed without a reason: asked again, nothing changed
		HttpResponse<String> noReason = PageForm.in(admin, asked, card, "[data-testid=status-confirm]").submit();
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("Укажите причину");
		assertThat(status(clientId)).isEqualTo("ACTIVE");

		HttpResponse<String> blocked = PageForm.in(admin, noReason, card, "[data-testid=status-confirm]")
			.fill("reason", "Санкции банка")
			.submit();

		assertThat(blocked.statusCode()).isEqualTo(302);
		assertThat(status(clientId)).isEqualTo("BLOCKED");
		assertThat(admin.get(card).body()).contains("Санкции банка");
	}

	@Test
	void bringingAClientBackIsNotAskedTwiceButABlockWithoutAReasonIsRefusedOverAPlainPost() {
		String inn = TestInns.organisation(2304);
		long clientId = registered(inn);
		approve(inn);
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String card = "/clients/" + clientId;

		// a forged post that claims the confirmation but gives no reason changes nothing
		HttpResponse<String> forged = admin.postForm(card + "/status",
				Map.of("status", "ARCHIVED", "confirmed", "true", "_csrf", PortalHttp.csrfOf(admin.get(card).body())));
		assertThat(forged.statusCode()).isEqualTo(200);
		assertThat(status(clientId)).isEqualTo("ACTIVE");
		PageForm.in(admin, forged, card, "[data-testid=status-confirm]").fill("reason", "Закрылся").submit();
		assertThat(status(clientId)).isEqualTo("ARCHIVED");

		HttpResponse<String> back = PageForm.on(admin, card, "form[action$=/status]")
			.choose("status", "Активен")
			.submit();

		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(status(clientId)).isEqualTo("ACTIVE");
	}

	private long registered(String inn) {
		HttpResponse<String> created = browser().apiSend("POST", "/api/v1/clients",
				ClientRegistrationTest.body(inn, "ООО «Клиент " + inn + "»"), "alfa.manager", "demo");
		return json.readTree(created.body()).get("id").asLong();
	}

	private void approve(String inn) {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		PageForm.on(analyst, "/clients/requests?state=PENDING", "form[action$=/decide]")
			.tick("ids", Long.toString(requestId(inn, "REGISTRATION")), true)
			.press("Одобрить отмеченные")
			.submit();
	}

	private long requestId(String inn, String kind) {
		return asSystem(
				() -> jdbc.sql("select id from client_requests where inn = ? and kind = ? order by id desc limit 1")
					.params(inn, kind)
					.query(Long.class)
					.single());
	}

	private String status(long clientId) {
		return asSystem(
				() -> jdbc.sql("select status from clients where id = ?").param(clientId).query(String.class).single());
	}

	private String state(long requestId) {
		return asSystem(() -> jdbc.sql("select state from client_requests where id = ?")
			.param(requestId)
			.query(String.class)
			.single());
	}

}
