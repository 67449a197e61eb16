package com.sellout.portal.clients;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distributor A never sees, counts or exports B's clients; a restricted manager sees only
 * the chosen ones.
 */
class ClientIsolationTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void pagesApiAndExportsShowOnlyTheDistributorsOwnClients() throws Exception {
		long alfa = distributorId("ALFA");
		List<String> alfaInns = innsOf(alfa);
		String onlyBeta = onlyOf("BETA", "ALFA");
		long onlyBetaId = clientId(onlyBeta);
		PortalHttp manager = browser().loggedInAs("alfa.manager", "demo");

		long apiTotal = json.readTree(manager.api("/api/v1/clients?size=200", "alfa.manager", "demo").body())
			.get("total")
			.asLong();
		String csv = new String(manager.download("/clients/export.csv").body(), StandardCharsets.UTF_8);
		List<String> csvInns = csv.lines().skip(1).map(line -> line.split(";")[0]).toList();
		List<String> xlsxInns = xlsxFirstColumn(manager.download("/clients/export.xlsx").body());

		assertThat(apiTotal).isEqualTo(alfaInns.size());
		assertThat(csvInns).containsExactlyInAnyOrderElementsOf(alfaInns).doesNotContain(onlyBeta);
		assertThat(xlsxInns).containsExactlyInAnyOrderElementsOf(alfaInns);
		assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("Дистрибьюторы");
		assertThat(manager.get("/clients/" + onlyBetaId).statusCode()).isEqualTo(404);
		assertThat(manager.api("/api/v1/clients/" + onlyBetaId, "alfa.manager", "demo").statusCode()).isEqualTo(404);
		assertThat(manager.get("/clients?q=" + onlyBeta).body()).contains("Показаны 0–0 из 0");
		assertThat(manager.get("/clients?distributor=" + distributorId("BETA")).body())
			.as("a distributor filter neither widens the scope nor tells which clients BETA shares")
			.contains("из " + alfaInns.size() + "<");
		assertThat(manager
			.submit("/clients", "/clients/" + onlyBetaId + "/assignments", Map.of("distributorId", Long.toString(alfa)))
			.statusCode()).isEqualTo(403);
		assertThat(browser().api("/api/v1/clients?size=200", "analyst", "demo").body()).contains(onlyBeta);
	}

	@Test
	void aRestrictedManagerSeesOnlyTheChosenClients() {
		long alfa = distributorId("ALFA");
		List<String> alfaInns = innsOf(alfa);
		long first = clientId(alfaInns.get(0));
		long second = clientId(alfaInns.get(1));
		long other = clientId(alfaInns.get(2));
		long manager = userId("alfa.manager");
		PortalHttp admin = browser().loggedInAs("alfa.admin", "demo");

		admin.postForm("/clients/scopes/" + manager, Map.of("clientIds", Long.toString(first), "_csrf",
				PortalHttp.csrfOf(admin.get("/clients/scopes/" + manager).body())));
		// a second id: the form posts one value per ticked box
		admin.postForm("/clients/scopes/" + manager + "?clientIds=" + first + "&clientIds=" + second,
				Map.of("_csrf", PortalHttp.csrfOf(admin.get("/clients/scopes/" + manager).body())));
		try {
			PortalHttp restricted = browser().loggedInAs("alfa.manager", "demo");
			String csv = new String(restricted.download("/clients/export.csv").body(), StandardCharsets.UTF_8);

			assertThat(admin.get("/clients/scopes/" + manager).body()).contains("только выбранных клиентов: 2");
			assertThat(json.readTree(restricted.api("/api/v1/clients", "alfa.manager", "demo").body())
				.get("total")
				.asLong()).isEqualTo(2);
			assertThat(csv.lines().count()).isEqualTo(3);
			assertThat(restricted.get("/clients/" + other).statusCode()).isEqualTo(404);
			assertThat(restricted.get("/clients/" + first).statusCode()).isEqualTo(200);
			assertThat(browser().loggedInAs("alfa.admin", "demo").get("/clients?size=200").body())
				.as("the admin is not restricted")
				.contains(alfaInns.get(2));
			assertThat(browser().loggedInAs("beta.admin", "demo").get("/clients/scopes/" + manager).statusCode())
				.isEqualTo(404);
			assertThat(browser().loggedInAs("alfa.manager", "demo").get("/clients/scopes/" + manager).statusCode())
				.isEqualTo(403);
		}
		finally {
			admin.postForm("/clients/scopes/" + manager + "/lift",
					Map.of("_csrf", PortalHttp.csrfOf(admin.get("/clients/scopes/" + manager).body())));
		}
		assertThat(json.readTree(browser().api("/api/v1/clients?size=200", "alfa.manager", "demo").body())
			.get("total")
			.asLong()).isEqualTo(alfaInns.size());
	}

	@Test
	void exportsNeverLetASpreadsheetRunACellAsAFormula() throws Exception {
		String inn = TestInns.organisation(2001);
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Map<String, String> form = new HashMap<>(ClientRegistrationTest.form(inn, "=HYPERLINK(\"http://evil\";\"x\")"));
		form.put("city", "+79001234567");
		form.put("address", "@SUM(A1)");
		admin.submit("/clients/new", "/clients", form);

		String csv = new String(admin.download("/clients/export.csv?q=" + inn).body(), StandardCharsets.UTF_8);
		byte[] xlsx = admin.download("/clients/export.xlsx?q=" + inn).body();

		String row = csv.lines().skip(1).findFirst().orElseThrow();
		assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"", "'+79001234567", "'@SUM(A1)");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row data = workbook.getSheetAt(0).getRow(1);
			assertThat(data.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(data.getCell(3).getStringCellValue()).startsWith("=HYPERLINK");
		}
	}

	private List<String> innsOf(long distributorId) {
		return asSystem(() -> jdbc.sql("""
				select c.inn from clients c join client_assignments a on a.client_id = c.id where a.distributor_id = ?
				 order by c.name""").param(distributorId).query(String.class).list());
	}

	private String onlyOf(String code, String not) {
		return asSystem(() -> jdbc
			.sql("""
					select c.inn from clients c where exists (select 1 from client_assignments a join distributors d on d.id = a.distributor_id
					                                           where a.client_id = c.id and d.code = ?)
					   and not exists (select 1 from client_assignments a join distributors d on d.id = a.distributor_id
					                    where a.client_id = c.id and d.code = ?)
					 limit 1""")
			.params(code, not)
			.query(String.class)
			.single());
	}

	private long clientId(String inn) {
		return asSystem(() -> jdbc.sql("select id from clients where inn = ?").param(inn).query(Long.class).single());
	}

	private static List<String> xlsxFirstColumn(byte[] content) throws Exception {
		List<String> values = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					values.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		return values;
	}

}
