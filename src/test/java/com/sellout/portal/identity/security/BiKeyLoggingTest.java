package com.sellout.portal.identity.security;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BI key is written in no log: with the access log on (as an operator would turn it on)
 * and the request-printing loggers of Spring Security, Spring MVC, Olingo and the portal
 * at DEBUG, the feed is called with a right key, a wrong one, a key among other query
 * options and in a referrer, and a key where it has no meaning (a page, the API): neither
 * the console nor the access log holds either secret, and both show that the requests
 * were there, masked.
 */
@ExtendWith(OutputCaptureExtension.class)
class BiKeyLoggingTest extends PortalTest {

	private static final List<String> LOUD = List.of("org.springframework.security", "org.springframework.web",
			"org.apache.olingo", "org.apache.catalina.valves", "org.apache.coyote", "com.sellout.portal");

	@Autowired
	private DataSource dataSource;

	@Autowired
	private BiKeys keys;

	@Test
	void theKeyIsInNoLogLineNorInTheAccessLog(CapturedOutput output, @TempDir Path logs) throws IOException {
		String key = asUser("alfa.admin", () -> keys.issue("logs", null)).secret();
		String wrong = BiKeys.PREFIX + "thisIsNotAKeyButLooksLikeOne0123456789abcdef";
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		try (ConfigurableApplicationContext node = SecondNode.on(dataSource, "--portal.ftp.enabled=false",
				"--portal.jobs.enabled=false", "--server.tomcat.accesslog.enabled=true",
				"--server.tomcat.accesslog.directory=" + logs.toAbsolutePath(),
				"--server.tomcat.accesslog.buffered=false",
				"--server.tomcat.accesslog.pattern=%h %u %t \"%r\" %q %s %b \"%{Referer}i\" %U")) {
			LOUD.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
			PortalHttp http = PortalHttp.at(SecondNode.baseOf(node));

			assertThat(http.apiAnonymous("/odata/?key=" + key).statusCode()).isEqualTo(200);
			assertThat(http.apiAnonymous("/odata/$metadata?$format=xml&key=" + key).statusCode()).isEqualTo(200);
			// admitted, then refused by the feed for its bad $skip: an error path that
			// logs
			assertThat(http.apiAnonymous("/odata/SellOutLines?$top=1&key=" + key + "&$skip=x").statusCode())
				.isEqualTo(400);
			assertThat(http.apiAnonymous("/odata/?key=" + wrong).statusCode()).isEqualTo(401);
			assertThat(http.apiAnonymous("/odata/Nowhere?KEY=" + wrong + "&$filter=x%20eq").statusCode())
				.isEqualTo(401);
			http.request("GET", "/odata/?key=" + key, null, null, "Referer", "https://bi.example/?key=" + key);
			http.get("/login?key=" + key);
			http.apiAnonymous("/api/v1/me?key=" + key);
			http.apiAnonymous("/no-such-page?token=" + key);
			// a request line Tomcat refuses before any filter, and quotes in its log
			assertThat(raw(node, "GET /odata/?key=" + key + "&$filter=a|b{ HTTP/1.1")).startsWith("HTTP/1.1 400");
		}
		finally {
			LOUD.forEach(logger -> logging.setLogLevel(logger, null));
		}

		String accessLog = accessLogIn(logs);
		assertThat(accessLog).contains("/odata/?key=***", "/odata/$metadata?$format=xml&key=***", "key=***&$skip=x",
				"KEY=***", "/login?key=***", "?token=" + BiKeys.PREFIX + "***");
		assertThat(accessLog).doesNotContain(key).doesNotContain(wrong).doesNotContain(secretPart(key));
		String console = output.getAll();
		// the debug lines that print a request's query were written — masked
		assertThat(console).contains("key=***", "Invalid character found in the request target");
		assertThat(console).doesNotContain(key).doesNotContain(wrong).doesNotContain(secretPart(key));
	}

	/** The key without its prefix: not even that may appear, cut or re-encoded. */
	private static String secretPart(String key) {
		return key.substring(BiKeys.PREFIX.length(), BiKeys.PREFIX.length() + 20);
	}

	private static String raw(ConfigurableApplicationContext node, String requestLine) throws IOException {
		int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String accessLogIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> logs = files.filter(Files::isRegularFile).toList();
			assertThat(logs).as("the access log was written").isNotEmpty();
			return logs.stream().map(file -> {
				try {
					return Files.readString(file, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).collect(Collectors.joining("\n"));
		}
	}

}
