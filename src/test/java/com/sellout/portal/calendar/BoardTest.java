package com.sellout.portal.calendar;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.board.Board;
import com.sellout.portal.calendar.board.PeriodBoard;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.calendar.SubmissionState.EXPECTED;
import static com.sellout.portal.calendar.SubmissionState.LATE;
import static com.sellout.portal.calendar.SubmissionState.MISSING;
import static com.sellout.portal.calendar.SubmissionState.ON_TIME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period board over real reports and sell-in, with the clock the test sets: two
 * distributors of their own region (87, no other test's) — BRD20A, whose manager is the
 * analyst, and BRD20B, nobody's — counted and covered by hand; the filters; a
 * distributor's user seeing its own row only whatever the query string says; the page's
 * filter form submitted as rendered.
 *
 * <p>
 * Terms are the defaults: due the 5th working day of the next month, grace 3 working
 * days. January is due 6 February, February 6 March, March 7 April (grace to 10 April).
 * As of 20 April 2026: BRD20A's January accepted 3 February (on time), February 20 March
 * (late), March nothing (missing), April expected; BRD20B's January nothing (missing),
 * February accepted 4 March (on time), March missing, April expected. Sell-in: BRD20A
 * 1000 / 600 / 500 / 200 in January–April, BRD20B 3000 / 400 in January–February — so
 * coverage is 1000 of 4000 in January, 1000 of 1000 in February, 0 of 500 in March, 0 of
 * 200 in April, and nothing in November and December (no sell-in, before the contract).
 */
class BoardTest extends PortalTest {

	private static final String REGION = "87";

	private static final Instant NOW = OffsetDateTime.parse("2026-04-20T12:00+03:00").toInstant();

	private static final YearMonth JANUARY = YearMonth.of(2026, 1);

	private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	private static final YearMonth APRIL = YearMonth.of(2026, 4);

	private static boolean ready;

	private static long aJanuary;

	private static long aFebruary;

	@Autowired
	private PeriodBoard board;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private UserAccounts users;

	@Autowired
	private WorkingDays workingDays;

	@BeforeEach
	void fixture() {
		CalendarFixture.ensure(jdbc, users, this::asSystem);
		synchronized (BoardTest.class) {
			if (ready) {
				return;
			}
			long analyst = userId("analyst");
			long a = asSystem(() -> distributor("BRD20A", analyst));
			long b = asSystem(() -> distributor("BRD20B", null));
			// each report through the door in its own transaction, after the distributors
			aJanuary = asSystem(() -> accept(a, JANUARY, "2026-02-03T10:00+03:00"));
			aFebruary = asSystem(() -> accept(a, FEBRUARY, "2026-03-20T10:00+03:00"));
			asSystem(() -> accept(b, FEBRUARY, "2026-03-04T10:00+03:00"));
			long x = distributorId("CAL20X");
			asSystem(() -> {
				long product = jdbc.sql("select min(id) from products").query(Long.class).single();
				sellIn(a, product, "2026-01-15", "1000");
				sellIn(a, product, "2026-02-15", "600");
				sellIn(a, product, "2026-03-15", "500");
				sellIn(a, product, "2026-04-10", "200");
				sellIn(b, product, "2026-01-20", "3000");
				sellIn(b, product, "2026-02-20", "400");
				// outside the region: counted only when the region filter is off
				sellIn(x, product, "2026-01-20", "9999");
				return null;
			});
			ready = true;
		}
	}

	private long distributor(String code, Long responsible) {
		long id = jdbc.sql("""
				insert into distributors (code, name, inn, contract_start, reporting_frequency, responsible_user_id)
				values (?, ?, '7707083893', date '2026-01-01', 'MONTHLY', ?) returning id""")
			.params(code, "ООО \"Доска " + code.substring(5) + "\"", responsible)
			.query(Long.class)
			.single();
		jdbc.sql("insert into distributor_regions (distributor_id, region_code) values (?, ?)")
			.params(id, REGION)
			.update();
		users.register(code.toLowerCase() + ".admin", CalendarFixture.PASSWORD, "Админ " + code, null,
				Role.DISTRIBUTOR_ADMIN, id);
		return id;
	}

	private long accept(long distributorId, YearMonth month, String acceptedAt) {
		long report = CalendarFixture.accept(intake, distributorId, month, 2);
		CalendarFixture.acceptedAt(jdbc, report, acceptedAt);
		return report;
	}

	private void sellIn(long distributorId, long product, String date, String amount) {
		jdbc.sql(
				"""
						insert into sell_in_lines (distributor_id, document_no, document_date, line_no, product_id, quantity, amount)
						values (?, ?, cast(? as date), 1, ?, 1, ?)""")
			.params(distributorId, "BRD-" + distributorId + "-" + date, date, product, new BigDecimal(amount))
			.update();
	}

	private Board asAnalyst(PeriodBoard.Query query) {
		return asUser("analyst", () -> board.board(query, NOW));
	}

	private static PeriodBoard.Query query(String region, Long responsible, SubmissionState state) {
		return new PeriodBoard.Query(ReportKind.SELLOUT, 6, region, responsible, state, null, null);
	}

	private static Board.Row row(Board shown, String code) {
		return shown.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	private static List<SubmissionState> states(Board.Row row) {
		return row.cells().stream().map(Board.Cell::state).toList();
	}

	@Test
	void theRegionsBoardIsCountedAndCoveredByHand() {
		Board shown = asAnalyst(query(REGION, null, null));
		assertThat(shown.periods()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), JANUARY, FEBRUARY,
				MARCH, APRIL);
		assertThat(shown.rows()).extracting(Board.Row::code).containsExactly("BRD20A", "BRD20B");
		assertThat(states(row(shown, "BRD20A"))).containsExactly(null, null, ON_TIME, LATE, MISSING, EXPECTED);
		assertThat(states(row(shown, "BRD20B"))).containsExactly(null, null, MISSING, ON_TIME, MISSING, EXPECTED);
		assertThat(row(shown, "BRD20A").cells().get(2).reportId()).isEqualTo(aJanuary);
		assertThat(row(shown, "BRD20A").cells().get(3).reportId()).isEqualTo(aFebruary);
		assertThat(row(shown, "BRD20B").cells().get(2).reportId()).isNull();

		assertThat(shown.counts())
			.containsAllEntriesOf(Map.of(ON_TIME, 2L, LATE, 1L, MISSING, 3L, EXPECTED, 2L, SubmissionState.OVERDUE, 0L,
					SubmissionState.WAITING_FOR_YOU, 0L, SubmissionState.CORRECTION_REQUESTED, 0L));

		assertThat(shown.coverage()).extracting(Board.Coverage::period).containsExactlyElementsOf(shown.periods());
		assertThat(shown.coverage()).extracting(c -> c.share() == null ? null : c.share().stripTrailingZeros())
			.containsExactly(null, null, new BigDecimal("0.25"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
		Board.Coverage january = shown.coverage().get(2);
		assertThat(january.covered()).isEqualByComparingTo("1000");
		assertThat(january.total()).isEqualByComparingTo("4000");
		assertThat(shown.coverage().get(4).total()).isEqualByComparingTo("500");

		// without the region, CAL20X's January sell-in (no report of its own) joins the
		// total
		Board all = asAnalyst(query(null, null, null));
		assertThat(all.coverage().get(2).total()).isGreaterThanOrEqualTo(new BigDecimal("13999"));
		assertThat(all.rows()).extracting(Board.Row::code).contains("BRD20A", "BRD20B", "CAL20X");
	}

	@Test
	void theManagerAndStateFiltersPickTheRowsAndTheCountsFollowOnlyRegionAndManager() {
		long analyst = userId("analyst");
		Board his = asAnalyst(query(REGION, analyst, null));
		assertThat(his.rows()).extracting(Board.Row::code).containsExactly("BRD20A");
		assertThat(his.counts()).containsAllEntriesOf(Map.of(ON_TIME, 1L, LATE, 1L, MISSING, 1L, EXPECTED, 1L));
		assertThat(his.coverage().get(2).total()).isEqualByComparingTo("1000");

		Board nobodys = asAnalyst(query(REGION, 0L, null));
		assertThat(nobodys.rows()).extracting(Board.Row::code).containsExactly("BRD20B");

		Board late = asAnalyst(query(REGION, null, LATE));
		assertThat(late.rows()).extracting(Board.Row::code).containsExactly("BRD20A");
		assertThat(late.counts().get(MISSING)).as("counts are of the region's rows").isEqualTo(3L);

		Board missing = asAnalyst(query(REGION, null, MISSING));
		assertThat(missing.rows()).extracting(Board.Row::code).containsExactly("BRD20A", "BRD20B");

		Board ending = asAnalyst(new PeriodBoard.Query(ReportKind.SELLOUT, 12, REGION, null, null, FEBRUARY, null));
		assertThat(ending.periods()).hasSize(12).endsWith(FEBRUARY).startsWith(YearMonth.of(2025, 3));

		Board one = asAnalyst(new PeriodBoard.Query(ReportKind.SELLOUT, 6, null, null, null, null, "brd20b"));
		assertThat(one.rows()).extracting(Board.Row::code).containsExactly("BRD20B");

		Board stock = asAnalyst(new PeriodBoard.Query(ReportKind.STOCK, 6, REGION, null, null, null, null));
		assertThat(stock.rows()).as("stock is not expected from them")
			.allSatisfy(r -> assertThat(r.cells()).noneMatch(Board.Cell::expected));
	}

	@Test
	void aDistributorSeesItsOwnRowOnlyWhateverItAsksFor() {
		Board own = asUser("brd20a.admin",
				() -> board.board(new PeriodBoard.Query(ReportKind.SELLOUT, 6, REGION, 0L, null, null, "BRD20B"), NOW));
		assertThat(own.rows()).extracting(Board.Row::code).containsExactly("BRD20A");
		assertThat(states(own.rows().get(0))).containsExactly(null, null, ON_TIME, LATE, MISSING, EXPECTED);
		assertThat(own.coverage()).isEmpty();
		assertThat(own.counts().values()).as("its own cells only").containsOnly(0L, 1L);

		var http = browser().loggedInAs("brd20b.admin", CalendarFixture.PASSWORD);
		HttpResponse<String> page = http.get("/calendar/board?distributor=BRD20A&region=87&manager=none&months=12");
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("[data-testid=board] tbody tr[data-code]")).extracting(e -> e.attr("data-code"))
			.containsExactly("BRD20B");
		// the language switch repeats the page's own query, which is what this user typed
		document.select("a[hreflang]").remove();
		assertThat(document.html()).doesNotContain("BRD20A")
			.doesNotContain("Доска A")
			.doesNotContain("/sellout/reports/" + aJanuary + "\"");
		assertThat(document.select("[data-testid=coverage]")).isEmpty();
		assertThat(document.select("[data-testid=board-counts]")).isEmpty();
		assertThat(document.select("select[name=region]")).isEmpty();
		assertThat(document.select("select[name=manager]")).isEmpty();
	}

	@Test
	void theHomePagesLinkOpensTheBoardEndingAtItsMonthWithTheState() {
		// the real clock: the states of January–March are long settled
		var http = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> page = http.get("/calendar/board?period=2026-03&state=LATE&region=87");
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("[data-testid=board] thead th[data-period]")).extracting(e -> e.attr("data-period"))
			.containsExactly("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03");
		assertThat(document.select("[data-testid=board] tbody tr[data-code]")).extracting(e -> e.attr("data-code"))
			.containsExactly("BRD20A");
		Element february = document.selectFirst("tr[data-code=BRD20A] td[data-period=2026-02]");
		assertThat(february.attr("data-state")).isEqualTo("LATE");
		assertThat(february.selectFirst("a").attr("href")).isEqualTo("/sellout/reports/" + aFebruary);
		assertThat(february.text()).contains("С опозданием").contains("срок 06.03.2026");
		assertThat(document.selectFirst("tr[data-code=BRD20A] td[data-period=2025-12]").text()).isEqualTo("—");
		assertThat(document.select("[data-testid=board-counts] li[data-state=MISSING] [data-testid=count]").text())
			.isEqualTo("3");
		assertThat(document.select("[data-testid=coverage] td[data-period=2026-01]").text()).isEqualTo("25 %");
		assertThat(document.select("[data-testid=coverage] td[data-period=2026-02]").text()).isEqualTo("100 %");
	}

	@Test
	void theRenderedFilterFormSubmitsTheRegionAndNobodysDistributors() {
		var http = browser().loggedInAs("analyst", "demo");
		PageForm form = PageForm.on(http, "/calendar/board", "form[data-testid=board-filters]");
		assertThat(form.options("state")).hasSize(SubmissionState.values().length + 1);
		HttpResponse<String> page = form.choose("region", "87 Чукотский автономный округ")
			.choose("manager", "Без ответственного")
			.choose("months", "12 мес.")
			.submit();
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("[data-testid=board] tbody tr[data-code]")).extracting(e -> e.attr("data-code"))
			.containsExactly("BRD20B");
		assertThat(document.select("[data-testid=board] thead th[data-period]")).hasSize(12);
		assertThat(document.selectFirst("select[name=region] option[selected]").attr("value")).isEqualTo(REGION);
		assertThat(document.selectFirst("select[name=manager] option[selected]").attr("value")).isEqualTo("none");

		// in English, as its own user (the language chosen is kept with the user; set
		// back after)
		var own = browser().loggedInAs("brd20b.admin", CalendarFixture.PASSWORD);
		Document english = Jsoup.parse(own.get("/calendar/board?lang=en&period=2026-03").body());
		own.get("/calendar/board?lang=ru");
		assertThat(english.select("h1").text()).isEqualTo("Reporting calendar");
		assertThat(english.select("select[name=state] option").eachText()).contains("Any state", "Late", "Missing");
		assertThat(english.selectFirst("tr[data-code=BRD20B] td[data-period=2026-02]").text()).startsWith("On time")
			.contains("due 06.03.2026");
	}

	@Test
	void aYearWithoutAProductionCalendarIsWarnedAbout() {
		int year = 2031;
		assertThat(workingDays.listed(year)).as("no list shipped for " + year).isFalse();
		Board later = asUser("analyst", () -> board.board(query(REGION, null, null),
				OffsetDateTime.parse("2031-03-10T12:00+03:00").toInstant()));
		assertThat(later.unlistedYears()).contains(year);
		assertThat(workingDays.listed(2019)).as("no list shipped for 2019").isFalse();
		Document page = Jsoup
			.parse(browser().loggedInAs("analyst", "demo").get("/calendar/board?period=2019-12&region=87").body());
		assertThat(page.select("[data-testid=unlisted]").text()).contains("2019").contains("ст. 112 ТК РФ");
		assertThat(asAnalyst(query(REGION, null, null)).unlistedYears())
			.allSatisfy(y -> assertThat(workingDays.listed(y)).isFalse());
	}

}
