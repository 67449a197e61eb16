package com.sellout.portal.shared;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.PortalTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A portal started on a port another program holds (here a socket of the test) does not
 * start, and says in one line which port it is and which setting changes it — for each of
 * its listeners. The portal starts on the test's database, as a second node would.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortInUseTest extends PortalTest {

	@Autowired
	private DataSource dataSource;

	static Stream<Arguments> listeners() {
		return Stream.of(
				arguments("HTTP", (IntFunction<String>) port -> "--server.port=" + port,
						"Port %d (HTTP) is already in use: set server.port (environment PORT) to a free port"),
				arguments("FTP", (IntFunction<String>) port -> "--portal.ftp.port=" + port,
						"Port %d (FTP) is already in use: set portal.ftp.port (environment PORTAL_FTP_PORT) to a free port"),
				arguments("FTP passive", (IntFunction<String>) port -> "--portal.ftp.passive-ports=" + port,
						"No port of %d (FTP passive) is free: set portal.ftp.passive-ports"
								+ " (environment PORTAL_FTP_PASSIVE_PORTS) to other ports"),
				arguments("SMTP", (IntFunction<String>) port -> "--portal.mail.embedded.smtp-port=" + port,
						"Port %d (embedded SMTP) is already in use: set portal.mail.embedded.smtp-port"
								+ " (environment PORTAL_MAIL_EMBEDDED_SMTP_PORT) to a free port"),
				arguments("IMAP", (IntFunction<String>) port -> "--portal.mail.embedded.imap-port=" + port,
						"Port %d (embedded IMAP) is already in use: set portal.mail.embedded.imap-port"
								+ " (environment PORTAL_MAIL_EMBEDDED_IMAP_PORT) to a free port"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("listeners")
	void aPortInUseIsNamedWithItsSettingInOneLine(String listener, IntFunction<String> setting, String expected,
			CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> start(setting.apply(port)).close()).isNotNull();
			String line = String.format(expected, port) + ", or 0 for any free one";
			assertThat(output.getOut().lines().map(String::strip).toList()).as(output.getOut()).contains(line);
		}
	}

	private ConfigurableApplicationContext start(String portSetting) {
		HikariDataSource pool = (HikariDataSource) dataSource;
		return new SpringApplicationBuilder(SelloutPortalApplication.class).run(FreePorts.with(portSetting,
				"--spring.datasource.url=" + pool.getJdbcUrl(), "--spring.datasource.username=" + pool.getUsername(),
				"--spring.datasource.password=" + pool.getPassword(), "--spring.flyway.enabled=false",
				"--portal.demo.enabled=false", "--portal.jobs.enabled=false",
				"--portal.ftp.root=target/test-ftp/second"));
	}

}
