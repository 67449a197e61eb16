package com.sellout.portal.sellout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sell-out door every channel calls: what a file must be is checked there, with the
 * reason's message key, and the sender is the one it is given — never the thread's
 * security context.
 */
class IntakeDoorTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	@Autowired
	private UserDetailsService accounts;

	@Test
	void noBytesAndTooManyAreRefusedWithTheirKeysAndLeaveNothing() {
		long distributor = distributorId("GAMMA");
		Sender sender = intake.sender((CurrentUser) accounts.loadUserByUsername("gamma.1c"), distributor, Channel.API);
		assertThatThrownBy(
				() -> intake.receive(IncomingFile.of("refused-door-empty.csv", "text/csv", new byte[0]), sender))
			.isInstanceOfSatisfying(FileRefusedException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("reading.empty"));
		// a body whose length was not told, and that has no bytes
		assertThatThrownBy(() -> intake.receive(IncomingFile.of("refused-door-stream.csv", "text/csv",
				new ByteArrayInputStream(new byte[0]), IncomingFile.UNKNOWN_SIZE), sender))
			.isInstanceOfSatisfying(FileRefusedException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("reading.empty"));

		// a known size above the limit is refused before a byte is read
		AtomicBoolean opened = new AtomicBoolean();
		IncomingFile huge = new IncomingFile("refused-door-huge.csv", "text/csv", () -> {
			opened.set(true);
			throw new IOException("not to be read");
		}, intake.maxFileSize() + 1, null, null);
		assertThatThrownBy(() -> intake.receive(huge, sender)).isInstanceOfSatisfying(FileTooLargeException.class,
				refused -> {
					assertThat(refused.messageKey()).isEqualTo("reading.tooLarge");
					assertThat(refused.arguments()).containsExactly(intake.maxFileSize() / 1024 / 1024);
				});
		assertThat(opened).isFalse();
		// a stream of untold length is cut at the limit while it is stored
		byte[] longer = new byte[(int) intake.maxFileSize() + 1];
		Arrays.fill(longer, (byte) 'x');
		assertThatThrownBy(() -> intake.receive(IncomingFile.of("refused-door-long.csv", "text/csv",
				new ByteArrayInputStream(longer), IncomingFile.UNKNOWN_SIZE), sender))
			.isInstanceOfSatisfying(FileTooLargeException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("reading.tooLarge"));

		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name like 'refused-door-%'")
			.query(Long.class)
			.single())).isZero();
	}

	@Test
	void whatAFileIsIsToldAtTheDoorAndItsProcessingGivesThatVerdict() {
		long distributor = distributorId("GAMMA");
		Sender sender = Sender.system(distributor, Channel.API);
		byte[] pdf = "%PDF-1.7 a scan of 2030".getBytes(StandardCharsets.US_ASCII);
		SellOutReport scan = intake
			.receive(IncomingFile.of("scan-2030.csv", "text/csv", pdf), sender, Duration.ofSeconds(30))
			.report();
		assertThat(scan.status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(scan.rejectionKey()).isEqualTo("sellout.rejected.notSellOut");
		assertThat(told(scan.id())).isEqualTo("null sellout.rejected.notSellOut null");

		byte[] xml = "<?xml version=\"1.0\"?><Invoice2030><Line/></Invoice2030>".getBytes(StandardCharsets.UTF_8);
		SellOutReport unknown = intake
			.receive(IncomingFile.of("invoice-2030.xml", "application/xml", xml), sender, Duration.ofSeconds(30))
			.report();
		assertThat(unknown.rejectionKey()).isEqualTo("sellout.rejected.unknownXml");
		assertThat(unknown.rejectionArgs()).containsExactly("Invoice2030");
		assertThat(told(unknown.id())).isEqualTo("null sellout.rejected.unknownXml Invoice2030");

		byte[] csv = SalesFile.create().sale("05.01.2030", "EL-10001", 1, "1000,00").bytes();
		SellOutReport table = intake
			.receive(
					IncomingFile.of("sales-2030.bin", "application/octet-stream", csv).forPeriod(YearMonth.of(2030, 1)),
					sender, Duration.ofSeconds(30))
			.report();
		assertThat(table.status().isFinished()).isTrue();
		assertThat(table.format()).isEqualTo("CSV");
		assertThat(told(table.id())).isEqualTo("TABLE TEXT null null");
	}

	@Test
	void theSenderIsTheOneGivenEvenOnAThreadWithNoSecurityContextAtAll() throws Exception {
		long seed = System.nanoTime() % 100_000;
		Distributor own = asUser("admin",
				() -> distributors.create(form("DOOR" + seed, TestInns.organisation(515_000 + (int) seed))));
		Distributor other = asUser("admin",
				() -> distributors.create(form("DOOR" + seed + "B", TestInns.organisation(615_000 + (int) seed))));
		String login = "door" + seed + ".1c";
		asUser("admin", () -> users.register(login, "demo-pass-1", "1С door", null, Role.INTEGRATION, own.id()));
		asUser("admin", () -> {
			integrations.setDeliveryMode(userId(login), IntegrationAccounts.DeliveryMode.INCREMENTAL);
			return null;
		});
		CurrentUser account = (CurrentUser) accounts.loadUserByUsername(login);
		byte[] csv = SalesFile.create().sale("07.02.2006", "EL-10002", 2, "2000,00").bytes();

		CompletableFuture<Object[]> onAPlainThread = new CompletableFuture<>();
		Thread plain = new Thread(() -> {
			try {
				Object[] seen = { SecurityContextHolder.getContext().getAuthentication(), DataScopes.current(), null,
						null };
				Sender sender = intake.sender(account, own.id(), Channel.FTP);
				seen[2] = sender;
				seen[3] = intake.receive(IncomingFile.of("door-2006.csv", null, csv), sender);
				onAPlainThread.complete(seen);
			}
			catch (Throwable ex) {
				onAPlainThread.completeExceptionally(ex);
			}
		});
		plain.start();
		Object[] seen = onAPlainThread.get(30, TimeUnit.SECONDS);
		assertThat(seen[0]).as("no authentication on that thread").isNull();
		assertThat(seen[1]).as("no data scope on that thread").isEqualTo(DataScope.NONE);
		Sender sender = (Sender) seen[2];
		assertThat(sender.delivery()).as("the account's own delivery mode").isEqualTo(Sender.Delivery.INCREMENTAL);
		SellOutIntake.Delivered delivered = (SellOutIntake.Delivered) seen[3];
		assertThat(delivered.created()).isTrue();
		delivered.processed().get(30, TimeUnit.SECONDS);
		assertThat(asSystem(() -> jdbc
			.sql("select distributor_id || ' ' || source || ' ' || received_by || ' ' || incremental"
					+ " from sellout_reports where id = ?")
			.param(delivered.reportId())
			.query(String.class)
			.single())).isEqualTo(own.id() + " FTP " + login + " true");

		Sender elsewhere = Sender.of(account, other.id(), Channel.FTP, Sender.Delivery.SNAPSHOT);
		assertThatThrownBy(() -> intake.receive(IncomingFile.of("door-2006-other.csv", null, csv), elsewhere))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where distributor_id = ?")
			.param(other.id())
			.query(Long.class)
			.single())).isZero();
	}

	/**
	 * What the door told of the report's file: its format, else its refusal's key and
	 * argument.
	 */
	private String told(long reportId) {
		return asSystem(() -> jdbc
			.sql("select detected_format, format_refusal_key, format_refusal_arg from sellout_reports"
					+ " where id = ?")
			.param(reportId)
			.query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.single());
	}

	private static DistributorForm form(String code, String inn) {
		return new DistributorForm(code, "ООО \"" + code + "\"", inn, null, null, LocalDate.of(2026, 1, 1), null,
				ReportingFrequency.MONTHLY, null, null);
	}

}
