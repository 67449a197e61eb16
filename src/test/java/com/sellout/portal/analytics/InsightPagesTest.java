package com.sellout.portal.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.analytics.InsightsFixture.Sale;
import com.sellout.portal.clients.ClientDecisions;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight pages through real HTTP, over sell-out the tests send themselves (their own
 * distributors INSA and INSB, years 2061–2063): white spots of a distributor never
 * reflect another's lines (the manufacturer's reflect both), client concentration and new
 * and lost clients equal the figures worked out from the sales sent, price deviations
 * equal a direct SQL over the accepted lines, and another distributor's figures are not
 * found.
 */
class InsightPagesTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ManagerScopes managers;

	@Autowired
	private ClientDecisions decisions;

	private InsightsFixture fixture;

	private long a;

	private long b;

	@BeforeEach
	void distributors() {
		fixture = new InsightsFixture(this::browser, jdbc, transactions);
		a = asSystem(() -> InsightsFixture.distributor(distributors, users, "INSA", 9_170_001).id());
		b = asSystem(() -> InsightsFixture.distributor(distributors, users, "INSB", 9_170_002).id());
	}

	/** A product of the demo catalog's group of that name. */
	private String skuOf(String group) {
		return asSystem(() -> jdbc.sql("""
				select p.sku from catalog_products p join catalog_groups g on g.id = p.group_id
				 where g.name = ? and p.active order by p.sku limit 1""").param(group).query(String.class).single());
	}

	private long groupId(String name) {
		return asSystem(() -> jdbc.sql("select id from catalog_groups where name = ? and parent_id is null")
			.param(name)
			.query(Long.class)
			.single());
	}

	private static Sale sale(String date, String inn, String region, String sku, int quantity, String price) {
		return new Sale(date, inn, inn == null ? "Розничный покупатель" : "ООО Клиент " + inn, region, "RETAIL", sku,
				quantity, new BigDecimal(price));
	}

	@Test
	void aDistributorsWhiteSpotsAreOfItsOwnLinesAndTheManufacturersOfAll() {
		String sockets = skuOf("Розетки и выключатели");
		String modular = skuOf("Модульное оборудование");
		String boxes = skuOf("Щиты и корпуса");
		String shared = TestInns.organisation(9_170_101);
		// A: Moscow buys sockets and modular gear, Sverdlovsk sockets only → (66,
		// modular)
		fixture.sellOut("INSA", "2061-03",
				List.of(sale("2061-03-05", shared, "77", sockets, 2, "1000"),
						sale("2061-03-06", shared, "77", modular, 1, "500"),
						sale("2061-03-07", null, "66", sockets, 3, "900")));
		// B: Sverdlovsk buys modular gear, Novosibirsk sockets and boxes → (66, sockets),
		// (66, boxes), (54, modular)
		fixture.sellOut("INSB", "2061-03", List.of(sale("2061-03-05", shared, "66", modular, 4, "400"),
				sale("2061-03-06", null, "54", sockets, 1, "800"), sale("2061-03-07", null, "54", boxes, 2, "1500")));
		long s = groupId("Розетки и выключатели");
		long m = groupId("Модульное оборудование");
		long k = groupId("Щиты и корпуса");
		String range = "from=2061-03&to=2061-03";

		assertThat(spots(logIn("insb.admin"), "/analytics/white-spots?" + range)).containsExactlyInAnyOrder("66|" + s,
				"66|" + k, "54|" + m);
		assertThat(spots(logIn("insa.admin"), "/analytics/white-spots?" + range)).containsExactly("66|" + m);
		PortalHttp admin = logIn("admin");
		assertThat(spots(admin, "/analytics/white-spots?" + range)).containsExactlyInAnyOrder("77|" + k, "66|" + k,
				"54|" + m);
		assertThat(spots(admin, "/analytics/white-spots?" + range + "&distributor=" + b))
			.containsExactlyInAnyOrder("66|" + s, "66|" + k, "54|" + m);
		// B's matrix has no row of Moscow, where only A sold
		Document page = Jsoup.parse(logIn("insb.admin").get("/analytics/white-spots?" + range).body());
		assertThat(page.select("[data-testid=white-spot-matrix] tbody tr").eachAttr("data-region"))
			.containsExactlyInAnyOrder("54", "66");
		// another distributor's figures are not found, on the page and in its export
		PortalHttp bTab = logIn("insb.admin");
		assertThat(bTab.get("/analytics/white-spots?" + range + "&distributor=" + a).statusCode()).isEqualTo(404);
		assertThat(bTab.download("/analytics/white-spots/export.csv?" + range + "&distributor=" + a).statusCode())
			.isEqualTo(404);
		// the export is what the page lists
		String csv = new String(bTab.download("/analytics/white-spots/export.csv?" + range).body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).map(l -> l.split(";")[0]).toList()).containsExactlyInAnyOrder("66", "66", "54");
	}

	@Test
	void aDistributorsClientCardShowsItsOwnSalesToTheSharedClientOnly() {
		String sockets = skuOf("Розетки и выключатели");
		String modular = skuOf("Модульное оборудование");
		String shared = TestInns.organisation(9_170_151);
		fixture.sellOut("INSA", "2061-05", List.of(sale("2061-05-05", shared, "77", sockets, 2, "1000"),
				sale("2061-05-06", shared, "77", modular, 1, "500")));
		fixture.sellOut("INSB", "2061-05", List.of(sale("2061-05-07", shared, "66", modular, 4, "400")));
		long client = asSystem(
				() -> jdbc.sql("select id from clients where inn = ?").param(shared).query(Long.class).single());
		// the client is A's (found in its sell-out first); the manufacturer assigns it to
		// B too
		asUser("admin", () -> {
			decisions.assign(client, b);
			return null;
		});
		String card = "/analytics/cards/client/" + client + "?from=2061-05&to=2061-05";

		Document bCard = Jsoup.parse(logIn("insb.admin").get(card).body());
		assertThat(new BigDecimal(bCard.selectFirst("[data-testid=card-totals]").attr("data-amount")))
			.isEqualByComparingTo("1600");
		assertThat(bCard.select("[data-testid=card-lines] tbody tr").eachAttr("data-distributor"))
			.containsExactly("INSB");
		assertThat(bCard.select("[data-testid=card-products] tbody tr").eachAttr("data-sku")).containsExactly(modular);
		Document aCard = Jsoup.parse(logIn("insa.admin").get(card).body());
		assertThat(new BigDecimal(aCard.selectFirst("[data-testid=card-totals]").attr("data-amount")))
			.isEqualByComparingTo("2500");
		assertThat(aCard.select("[data-testid=card-lines] tbody tr").eachAttr("data-distributor")).containsOnly("INSA");
		Document all = Jsoup.parse(logIn("admin").get(card).body());
		assertThat(new BigDecimal(all.selectFirst("[data-testid=card-totals]").attr("data-amount")))
			.isEqualByComparingTo("4100");
		assertThat(all.select("[data-testid=card-lines] tbody tr").eachAttr("data-distributor"))
			.containsExactlyInAnyOrder("INSA", "INSA", "INSB");
		// the client's own card loads it; another distributor's card is not found
		assertThat(logIn("insb.admin").get("/clients/" + client).body()).contains("/analytics/cards/client/" + client);
		assertThat(logIn("insb.admin").get("/analytics/cards/distributor/" + a).statusCode()).isEqualTo(404);
		Document own = Jsoup
			.parse(logIn("insb.admin").get("/analytics/cards/distributor/" + b + "?from=2061-05&to=2061-05").body());
		assertThat(own.select("[data-testid=card-lines] tbody tr").eachAttr("data-distributor")).containsOnly("INSB");
	}

	@Test
	void aRestrictedManagerSeesTheFiguresOfItsClientsOnly() {
		String sockets = skuOf("Розетки и выключатели");
		String boxes = skuOf("Щиты и корпуса");
		String mine = TestInns.organisation(9_170_161);
		String other = TestInns.organisation(9_170_162);
		fixture.sellOut("INSA", "2061-07", List.of(sale("2061-07-05", mine, "77", sockets, 1, "700"),
				sale("2061-07-06", other, "66", boxes, 1, "900"), sale("2061-07-07", other, "77", boxes, 1, "300")));
		long client = asSystem(
				() -> jdbc.sql("select id from clients where inn = ?").param(mine).query(Long.class).single());
		asUser("insa.admin", () -> {
			managers.restrict(userId("insa.manager"), List.of(client));
			return null;
		});
		String range = "from=2061-07&to=2061-07";
		// the whole distributor: Moscow lacks nothing, Sverdlovsk lacks sockets
		assertThat(spots(logIn("insa.admin"), "/analytics/white-spots?" + range))
			.containsExactly("66|" + groupId("Розетки и выключатели"));
		// the manager's one client bought sockets in Moscow only: no other region, no
		// spot
		PortalHttp manager = logIn("insa.manager");
		assertThat(spots(manager, "/analytics/white-spots?" + range)).isEmpty();
		Document page = Jsoup.parse(manager.get("/analytics/white-spots?" + range).body());
		assertThat(page.select("[data-testid=white-spot-matrix] tbody tr").eachAttr("data-region"))
			.containsExactly("77");
		Document clients = Jsoup.parse(manager.get("/analytics/clients?" + range).body());
		assertThat(clients.select("[data-testid=top-clients] tbody tr").eachAttr("data-inn")).containsExactly(mine);
		assertThat(new BigDecimal(clients.selectFirst("[data-testid=top-share]").attr("data-total")))
			.isEqualByComparingTo("700");
		// the data view a drill-down lands on, and its export, hold the same one line
		Document data = Jsoup.parse(manager.get("/sellout/data?" + range).body());
		assertThat(data.selectFirst("[data-testid=total-lines]").text()).isEqualTo("1");
		assertThat(data.select("[data-testid=data] tbody tr")).hasSize(1);
		String csv = new String(manager.download("/sellout/data/export.csv?" + range).body(), StandardCharsets.UTF_8);
		assertThat(csv).contains(mine).doesNotContain(other);
		assertThat(Jsoup.parse(logIn("insa.admin").get("/sellout/data?" + range).body())
			.selectFirst("[data-testid=total-lines]")
			.text()).as("the distributor's administrator sees all three").isEqualTo("3");
	}

	@Test
	void concentrationAndNewAndLostClientsAreTheFiguresOfTheSalesSent() {
		String sku = skuOf("Кабеленесущие системы");
		List<String> inns = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			inns.add(TestInns.organisation(9_170_200 + i));
		}
		// before (Jan–Mar 2062): clients 0, 1, 2; in the range (Apr–Jun): 0 and 3..13,
		// and
		// a retail buyer with no ИНН
		List<Sale> before = List.of(sale("2062-01-10", inns.get(0), "77", sku, 1, "100"),
				sale("2062-02-10", inns.get(1), "77", sku, 1, "200"),
				sale("2062-03-10", inns.get(2), "77", sku, 1, "50"));
		fixture.sellOut("INSA", "2062-01", before.subList(0, 1));
		fixture.sellOut("INSA", "2062-02", before.subList(1, 2));
		fixture.sellOut("INSA", "2062-03", before.subList(2, 3));
		List<Sale> now = new ArrayList<>();
		now.add(sale("2062-04-10", inns.get(0), "77", sku, 3, "100"));
		for (int i = 3; i < 14; i++) {
			now.add(sale("2062-05-1" + (i % 10), inns.get(i), "77", sku, 1, String.valueOf(100 * i)));
		}
		now.add(sale("2062-06-10", null, "77", sku, 5, "100"));
		fixture.sellOut("INSA", "2062-04", now.subList(0, 1));
		fixture.sellOut("INSA", "2062-05", now.subList(1, now.size() - 1));
		fixture.sellOut("INSA", "2062-06", now.subList(now.size() - 1, now.size()));

		Document page = Jsoup.parse(logIn("insa.admin").get("/analytics/clients?from=2062-04&to=2062-06").body());
		BigDecimal total = now.stream().map(Sale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<BigDecimal> byClient = now.stream()
			.filter(x -> x.inn() != null)
			.map(Sale::amount)
			.sorted(Comparator.reverseOrder())
			.toList();
		BigDecimal top = byClient.subList(0, 10).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Element share = page.selectFirst("[data-testid=top-share]");
		assertThat(new BigDecimal(share.attr("data-total"))).isEqualByComparingTo(total);
		assertThat(new BigDecimal(share.attr("data-top"))).isEqualByComparingTo(top);
		assertThat(new BigDecimal(share.attr("data-value")))
			.isEqualByComparingTo(top.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP));
		assertThat(page.select("[data-testid=top-clients] tbody tr")).hasSize(10);
		assertThat(page.selectFirst("[data-testid=client-count]").text()).isEqualTo("12");

		Map<String, BigDecimal> gained = amounts(page, "new-clients");
		Map<String, BigDecimal> expectedNew = new HashMap<>();
		for (int i = 3; i < 14; i++) {
			expectedNew.put(inns.get(i), BigDecimal.valueOf(100L * i));
		}
		assertThat(gained.keySet()).isEqualTo(expectedNew.keySet());
		expectedNew.forEach((inn, amount) -> assertThat(gained.get(inn)).isEqualByComparingTo(amount));
		Map<String, BigDecimal> lost = amounts(page, "lost-clients");
		assertThat(lost.keySet()).containsExactlyInAnyOrder(inns.get(1), inns.get(2));
		assertThat(lost.get(inns.get(1))).isEqualByComparingTo("200");
		assertThat(lost.get(inns.get(2))).isEqualByComparingTo("50");

		// the segments: all RETAIL, 100 % of the distributor's amount
		Element segment = page.selectFirst("[data-testid=segments] tbody tr[data-distributor=INSA]");
		assertThat(segment.attr("data-segment")).isEqualTo("RETAIL");
		assertThat(segment.select("td").last().text()).isEqualTo("100 %");
		// B sees none of A's clients
		Document bPage = Jsoup.parse(logIn("insb.admin").get("/analytics/clients?from=2062-04&to=2062-06").body());
		assertThat(bPage.select("[data-testid=top-clients] tbody tr")).isEmpty();
		assertThat(bPage.select("[data-testid=new-clients] tbody tr")).isEmpty();
	}

	@Test
	void priceDeviationsEqualADirectSqlOverTheAcceptedLines() {
		String sockets = skuOf("Розетки и выключатели");
		String boxes = skuOf("Щиты и корпуса");
		BigDecimal socketFloor = fixture.floor(sockets, "2063-02-10");
		BigDecimal boxFloor = fixture.floor(boxes, "2063-02-10");
		String c1 = TestInns.organisation(9_170_301);
		String c2 = TestInns.organisation(9_170_302);
		fixture.sellOut("INSA", "2063-02",
				List.of(sale("2063-02-10", c1, "77", sockets, 3, below(socketFloor, "0.80")),
						sale("2063-02-11", c1, "77", boxes, 2, below(boxFloor, "0.95")),
						sale("2063-02-12", c2, "66", sockets, 5, below(socketFloor, "1.10")),
						sale("2063-02-13", c2, "66", boxes, 1, below(boxFloor, "0.50"))));
		fixture.sellOut("INSB", "2063-02",
				List.of(sale("2063-02-10", c1, "54", sockets, 7, below(socketFloor, "0.70"))));

		record Expected(String client, long lines, BigDecimal below, BigDecimal floor) {
		}
		for (String login : List.of("admin", "insa.admin")) {
			Long only = login.equals("admin") ? null : a;
			List<Expected> expected = asSystem(() -> jdbc.sql("""
					select client_inn, count(*), sum((floor_price - price_net) * quantity), sum(floor_price * quantity)
					  from sellout_sales
					 where period = date '2063-02-01' and below_floor_pct > 0 and quantity > 0
					   and distributor_id in (:a, :b) and (cast(:only as bigint) is null or distributor_id = :only)
					 group by client_inn order by client_inn""")
				.param("a", a)
				.param("b", b)
				.param("only", only)
				.query((rs, i) -> new Expected(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4)))
				.list());
			assertThat(expected).isNotEmpty();
			Document page = Jsoup.parse(logIn(login).get("/analytics/deviations?from=2063-02&to=2063-02").body());
			List<Expected> shown = page.select("[data-testid=deviations-client] tbody tr")
				.stream()
				.map(r -> new Expected(r.attr("data-key"), Long.parseLong(r.attr("data-lines")),
						new BigDecimal(r.attr("data-below")), new BigDecimal(r.attr("data-floor"))))
				.sorted(Comparator.comparing(Expected::client))
				.toList();
			assertThat(shown).hasSameSizeAs(expected);
			for (int i = 0; i < shown.size(); i++) {
				assertThat(shown.get(i).client()).isEqualTo(expected.get(i).client());
				assertThat(shown.get(i).lines()).isEqualTo(expected.get(i).lines());
				assertThat(shown.get(i).below()).isEqualByComparingTo(expected.get(i).below());
				assertThat(shown.get(i).floor()).isEqualByComparingTo(expected.get(i).floor());
			}
			assertThat(page.selectFirst("[data-testid=monitoring-note]").text()).contains("Мониторинг цен");
		}
		// the export is the table shown, numbers as numbers, and it speaks of monitoring
		HttpResponse<byte[]> xlsx = logIn("admin")
			.download("/analytics/deviations/export.xlsx?from=2063-02&to=2063-02&by=client");
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("price-monitoring");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			for (int r = 1; r <= 2; r++) {
				Row row = sheet.getRow(r);
				assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A sees its own deviations only: B's one line at 70 % is not among them
		Document aPage = Jsoup.parse(logIn("insa.admin").get("/analytics/deviations?from=2063-02&to=2063-02").body());
		assertThat(aPage.selectFirst("[data-testid=deviation-lines]").text()).isEqualTo("3");
		assertThat(aPage.select("[data-testid=deviations-distributor]")).isEmpty();
	}

	private static String below(BigDecimal floor, String factor) {
		return floor.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static Map<String, BigDecimal> amounts(Document page, String table) {
		return page.select("[data-testid=" + table + "] tbody tr")
			.stream()
			.collect(Collectors.toMap(r -> r.attr("data-inn"), r -> new BigDecimal(r.attr("data-amount"))));
	}

	private Set<String> spots(PortalHttp tab, String path) {
		HttpResponse<String> response = tab.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body())
			.select("[data-testid=white-spot-list] tbody tr")
			.stream()
			.map(r -> r.attr("data-region") + "|" + r.attr("data-group"))
			.collect(Collectors.toSet());
	}

	private PortalHttp logIn(String login) {
		return browser().loggedInAs(login, "demo");
	}

}
