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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Запросить исправление» on a report's card as people use it: the manufacturer submits
 * the button its card renders and the month's submission waits for a newer version; the
 * distributor's own card has no such button, and its request is refused.
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
	void theManufacturerAsksForACorrectionFromTheReportsCardAndTheDistributorCannot() {
		long id = distributorId("CAL20M");
		YearMonth june = YearMonth.of(2026, 6);
		long report = asSystem(() -> CalendarFixture.accept(intake, id, june, 2));
		String card = "/sellout/reports/" + report;

		PortalHttp distributor = browser().loggedInAs("cal20m.admin", CalendarFixture.PASSWORD);
		assertThat(distributor.get(card).body()).doesNotContain("data-testid=\"request-correction\"");
		HttpResponse<String> refused = distributor.postForm("/calendar/corrections/" + report,
				Map.of("_csrf", PortalHttp.csrfOf(distributor.get(card).body())));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(state(id, june)).isNotEqualTo(SubmissionState.CORRECTION_REQUESTED);

		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> asked = PageForm.on(analyst, card, "form:has([data-testid=request-correction])").submit();
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith(card);
		assertThat(analyst.get(card).body()).contains("data-testid=\"correction-requested\"");
		assertThat(state(id, june)).isEqualTo(SubmissionState.CORRECTION_REQUESTED);
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(report)
			.query(String.class)
			.single())).as("the report keeps its status").isEqualTo("ACCEPTED");
	}

	private SubmissionState state(long distributorId, YearMonth month) {
		return asSystem(() -> submissions.find(new SubmissionFilter(month, month, distributorId, null, null),
				Instant.now().plusSeconds(60)))
			.get(0)
			.state();
	}

}
