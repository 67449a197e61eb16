package com.sellout.portal.sellout;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CommerceML "1C ↔ site" exchange, step by step as 1C calls it. Each test's 1C is the
 * integration account of a distributor of its own, with sales of 2034, so that every
 * report it makes is the only one of its period.
 */
class OneCExchangeTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	private static String basic(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** checkauth: answers "success", the cookie's name and its value. */
	private String login(PortalHttp http, String login, String password) {
		HttpResponse<String> answer = http.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null,
				"Authorization", basic(login, password));
		String[] lines = answer.body().split("\n");
		assertThat(lines[0]).as(answer.body()).isEqualTo("success");
		assertThat(lines[1]).isEqualTo("sellout_exchange");
		return lines[1] + "=" + lines[2];
	}

	private static HttpResponse<String> call(PortalHttp http, String cookie, String method, String query, byte[] body) {
		return http.request(method, "/1c_exchange?type=sale&" + query, body == null ? null : "application/octet-stream",
				body, "Cookie", cookie);
	}

	/** The active reports the exchange made of the distributor's file. */
	private long reportsFrom(String code, String fileName) {
		return asSystem(() -> jdbc.sql("""
				select count(*) from sellout_reports r join distributors d on d.id = r.distributor_id
				 where r.source = 'ONEC_EXCHANGE' and r.file_name = ? and d.code = ?
				   and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')""")
			.params(fileName, code)
			.query(Long.class)
			.single());
	}

	/**
	 * A distributor of the test's own with its 1C's integration account
	 * ({@code <seed>.1c}, password demo).
	 */
	private String distributorWith1c(int seed) {
		String code = "ONEC-" + seed;
		DistributorForm form = new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null,
				null, LocalDate.of(2034, 1, 1), null, ReportingFrequency.MONTHLY, null, null);
		Distributor distributor = asUser("admin", () -> distributors.create(form));
		asUser("admin", () -> users.register("onec" + seed + ".1c", "demo", "1С " + code, null, Role.INTEGRATION,
				distributor.id()));
		return code;
	}

	@Test
	void aWrongPasswordOrNoSessionIsAFailureWithAReason() {
		PortalHttp http = browser();
		HttpResponse<String> wrong = http.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null,
				"Authorization", basic("alfa.1c", "wrong"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).startsWith("failure\n").contains("пароль");
		HttpResponse<String> noSession = http.request("GET", "/1c_exchange?type=sale&mode=init", null, null);
		assertThat(noSession.body()).startsWith("failure\n");
		HttpResponse<String> forged = call(http, "sellout_exchange=forged", "GET", "mode=init", null);
		assertThat(forged.body()).startsWith("failure\n");
		HttpResponse<String> manufacturer = http.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null,
				"Authorization", basic("admin", "demo"));
		assertThat(manufacturer.body()).startsWith("failure\n");
	}

	@Test
	void documentsUploadedInChunksBecomeAReportWhenComplete() {
		String code = distributorWith1c(2_034_101);
		PortalHttp http = browser();
		String cookie = login(http, "onec2034101.1c", "demo");
		HttpResponse<String> init = call(http, cookie, "GET", "mode=init&version=2.08", null);
		assertThat(init.body()).startsWith("zip=yes\nfile_limit=");

		byte[] documents = OneCDocuments.commerceMl("EX-1", "2034-07-05", "EL-10015", 3, "2300.00");
		byte[] part1 = Arrays.copyOfRange(documents, 0, documents.length / 2);
		byte[] part2 = Arrays.copyOfRange(documents, documents.length / 2, documents.length);
		String name = "documents___" + System.nanoTime() + ".xml";
		assertThat(call(http, cookie, "POST", "mode=file&filename=" + name, part1).body()).isEqualTo("success\n");
		assertThat(reportsFrom(code, name)).as("nothing is read from half a file").isZero();
		assertThat(call(http, cookie, "POST", "mode=file&filename=" + name, part2).body()).isEqualTo("success\n");
		assertThat(reportsFrom(code, name)).isEqualTo(1);
		assertThat(call(http, cookie, "GET", "mode=import&filename=" + name, null).body()).isEqualTo("success\n");
		assertThat(call(http, cookie, "GET", "mode=query", null).body()).contains("КоммерческаяИнформация");
		assertThat(call(http, cookie, "GET", "mode=success", null).body()).isEqualTo("success\n");
		long quantity = asSystem(() -> jdbc.sql("""
				select sum(l.quantity)::bigint from sellout_lines l join sellout_reports r on r.id = l.report_id
				 where r.file_name = ? and l.accepted""").param(name).query(Long.class).single());
		assertThat(quantity).isEqualTo(3);
	}

	@Test
	void aZippedUploadIsUnpackedAndEachFileBecomesAReport() throws Exception {
		String code = distributorWith1c(2_034_102);
		PortalHttp http = browser();
		String cookie = login(http, "onec2034102.1c", "demo");
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("documents_1.xml"));
			out.write(OneCDocuments.commerceMl("ZX-1", "2034-08-05", "EL-10016", 1, "2000.00"));
			out.putNextEntry(new ZipEntry("sub/documents_2.xml"));
			out.write(OneCDocuments.commerceMl("ZX-2", "2034-09-05", "EL-10017", 4, "900.00"));
		}
		byte[] bytes = zip.toByteArray();
		String name = "sale" + System.nanoTime() + ".zip";
		byte[] head = Arrays.copyOfRange(bytes, 0, 100);
		byte[] rest = Arrays.copyOfRange(bytes, 100, bytes.length);
		assertThat(call(http, cookie, "POST", "mode=file&filename=" + name, head).body()).isEqualTo("success\n");
		assertThat(call(http, cookie, "POST", "mode=file&filename=" + name, rest).body()).isEqualTo("success\n");
		assertThat(reportsFrom(code, "documents_1.xml")).isEqualTo(1);
		assertThat(reportsFrom(code, "documents_2.xml")).isEqualTo(1);

		byte[] broken = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><КоммерческаяИнформация>&e;</КоммерческаяИнформация>"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = call(http, cookie, "POST", "mode=file&filename=bad" + System.nanoTime() + ".xml",
				broken);
		assertThat(refused.body()).startsWith("failure\n").contains("DOCTYPE");
	}

}
