package com.sellout.portal.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An integration account deactivated (or given a new password) on its card loses every
 * access it holds at once: its open FTP login is cut at its next command, its 1C exchange
 * session cookie is refused, its API tokens answer 401.
 */
class IntegrationAccessRevocationTest extends PortalTest {

	private static final String PASSWORD = "integration-pass-1";

	private static final Pattern TOKEN = Pattern.compile("data-testid=\"new-token\">(sop_[A-Za-z0-9_-]+)<");

	@Autowired
	private FtpDrop drop;

	@Test
	void anOpenFtpLoginEndsWhenTheAccountIsDeactivated() throws Exception {
		String login = newAccount("GAMMA");
		FTPClient ftp = FtpClients.plain(drop.port(), login, PASSWORD);
		assertThat(ftp.printWorkingDirectory()).isEqualTo("/");

		deactivate(login);

		assertThat(catchThrowable(ftp::pwd)).as("the next command is answered 421 and the connection closed")
			.isInstanceOf(FTPConnectionClosedException.class)
			.hasMessageContaining("421");
		assertThat(catchThrowable(ftp::noop)).as("the server closed the connection").isInstanceOf(IOException.class);
	}

	@Test
	void anIdleFtpLoginIsClosedWithinSecondsWithoutAnotherCommand() throws Exception {
		String login = newAccount("ALFA");
		try (Socket socket = new Socket("localhost", drop.port())) {
			socket.setSoTimeout(15_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
			assertThat(in.readLine()).startsWith("220");
			out.write("USER " + login + "\r\n");
			out.flush();
			assertThat(in.readLine()).startsWith("331");
			out.write("PASS " + PASSWORD + "\r\n");
			out.flush();
			assertThat(in.readLine()).startsWith("230");

			deactivate(login);
			long deactivated = System.nanoTime();

			assertThat(in.readLine()).as("told, with nothing sent").startsWith("421");
			assertThat(in.readLine()).as("and closed").isNull();
			System.out.printf("idle FTP login of a deactivated account closed %.1f s after the deactivation%n",
					(System.nanoTime() - deactivated) / 1e9);
		}
	}

	@Test
	void aOneCExchangeSessionEndsWithANewPasswordAndWithDeactivation() {
		String login = newAccount("BETA");
		PortalHttp http = browser();
		String cookie = checkauth(http, login, PASSWORD);
		assertThat(init(http, cookie)).startsWith("zip=");

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/reset-password]").submit();
		assertThat(init(http, cookie)).as("a new password ends the session").startsWith("failure");

		Matcher generated = Pattern.compile("data-testid=\"generated-password\">([^<]+)<")
			.matcher(admin.get("/admin/users/" + userId(login)).body());
		assertThat(generated.find()).isTrue();
		String again = checkauth(http, login, generated.group(1));
		assertThat(init(http, again)).startsWith("zip=");
		deactivate(login);
		assertThat(init(http, again)).as("deactivation ends the session").startsWith("failure");
	}

	@Test
	void theTokensOfADeactivatedAccountStopWorking() {
		String login = newAccount("ALFA");
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/tokens]").fill("name", "1С").submit();
		Matcher token = TOKEN.matcher(admin.get("/admin/users/" + userId(login)).body());
		assertThat(token.find()).isTrue();
		assertThat(bearer(token.group(1)).statusCode()).isEqualTo(200);

		deactivate(login);

		assertThat(bearer(token.group(1)).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> bearer(String token) {
		return browser().request("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token);
	}

	private String newAccount(String distributorCode) {
		String login = "acc." + distributorCode.toLowerCase() + "." + System.nanoTime();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", login, "name", "Система", "role", "INTEGRATION", "distributorId",
						Long.toString(distributorId(distributorCode)), "password", PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		return login;
	}

	private void deactivate(String login) {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(
				PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/deactivate]").submit().statusCode())
			.isEqualTo(302);
	}

	private static String checkauth(PortalHttp http, String login, String password) {
		HttpResponse<String> answer = http
			.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null, "Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
		String[] lines = answer.body().split("\n");
		assertThat(lines[0]).as(answer.body()).isEqualTo("success");
		return lines[1] + "=" + lines[2];
	}

	private static String init(PortalHttp http, String cookie) {
		return http.request("GET", "/1c_exchange?type=sale&mode=init", null, null, "Cookie", cookie).body();
	}

}
