package com.sellout.portal.calendar;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Вернуть дистрибьютору» on a report's card as people use it: the manufacturer follows
 * the card's button to the form, writes what to correct and submits what the form
 * renders; a thread about the report opens, the month's submission waits for a newer
 * version and the report keeps its status. The distributor's own card has no such button,
 * and its form and request are refused.
 */
class CorrectionPagesTest extends PortalTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		CalendarFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void theManufacturerReturnsTheReportToTheDistributorFromTheReportsCardAndTheDistributorCannot() {
		long id = distributorId("CAL20M");
		YearMonth june = YearMonth.of(2026, 6);
		long report = asSystem(() -> CalendarFixture.accept(intake, id, june, 2));
		String card = "/sellout/reports/" + report;
		String form = "/conversations/return/" + report;

		PortalHttp distributor = browser().loggedInAs("cal20m.admin", CalendarFixture.PASSWORD);
		assertThat(distributor.get(card).body()).doesNotContain("data-testid=\"request-correction\"");
		assertThat(distributor.get(form).statusCode()).isEqualTo(403);
		HttpResponse<String> refused = distributor.postForm(form, Map.of("subject", "Исправьте", "text", "Сам себе",
				"_csrf", PortalHttp.csrfOf(distributor.get(card).body())));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(state(id, june)).isNotEqualTo(SubmissionState.CORRECTION_REQUESTED);

		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		Element button = Jsoup.parse(analyst.get(card).body()).selectFirst("[data-testid=request-correction]");
		assertThat(button).isNotNull();
		assertThat(button.text()).isEqualTo("Вернуть дистрибьютору");
		assertThat(button.attr("href")).isEqualTo(form);

		PageForm returning = PageForm.on(analyst, form, "form[data-testid=return-form]");
		assertThat(returning.value("subject")).isEqualTo("Исправьте отчёт за Июнь 2026");
		HttpResponse<String> empty = returning.submit();
		assertThat(empty.statusCode()).as("what to correct is required").isEqualTo(200);
		assertThat(Jsoup.parse(empty.body()).select(".field.invalid .error").text())
			.isEqualTo("Напишите, что нужно исправить.");
		assertThat(state(id, june)).isNotEqualTo(SubmissionState.CORRECTION_REQUESTED);

		HttpResponse<String> returned = PageForm.in(analyst, empty, form, "form[data-testid=return-form]")
			.fill("text", "В строке 1 не тот ИНН покупателя.")
			.submit();
		assertThat(returned.statusCode()).isEqualTo(302);
		String thread = returned.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(thread).matches("/conversations/\\d+");
		String shown = analyst.get(thread).body();
		assertThat(shown).contains("Отчёт возвращён дистрибьютору")
			.contains("Исправьте отчёт за Июнь 2026")
			.contains("В строке 1 не тот ИНН покупателя.");
		assertThat(distributor.get(thread).body()).contains("В строке 1 не тот ИНН покупателя.");
		assertThat(state(id, june)).isEqualTo(SubmissionState.CORRECTION_REQUESTED);
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(report)
			.query(String.class)
			.single())).as("the report keeps its status").isEqualTo("ACCEPTED");
		assertThat(asSystem(() -> jdbc.sql("select correction from conversation_threads where report_id = ?")
			.param(report)
			.query(Boolean.class)
			.single())).isTrue();
	}

	private SubmissionState state(long distributorId, YearMonth month) {
		return asSystem(() -> submissions.find(new SubmissionFilter(month, month, distributorId, null, null),
				Instant.now().plusSeconds(60)))
			.get(0)
			.state();
	}

}
