package com.sellout.portal.conversations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database policy, read directly in each scope: an internal note and its attachment
 * are not there for the distributor's own scope, which cannot write one either; another
 * distributor's scope sees no row of the thread at all. And the mail: every follower but
 * the author is told, each with a reply address of their own; an internal note is mailed
 * to the manufacturer's followers only, as the manufacturer's mail.
 */
class ConversationPolicyTest extends PortalTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	private UserAccounts users;

	@Autowired
	private Conversations conversations;

	@BeforeEach
	void fixture() {
		ConversationFixture.ensure(jdbc, users, this::asSystem);
	}

	private long count(DataScope scope, String sql, Object... params) {
		return transactions.callAs(scope, () -> jdbc.sql(sql).params(params).query(Long.class).single());
	}

	@Test
	void internalNotesAreNotThereForTheDistributorsScope() {
		long a = distributorId("CONVA");
		long b = distributorId("CONVB");
		String marker = "note-" + System.nanoTime();
		long thread = asUser("admin", () -> {
			long id = conversations
				.open(new NewThread(a, "Политика", About.general(),
						new NewMessage("Открытое", false, List.of(), Via.PORTAL)))
				.id();
			conversations.post(id,
					new NewMessage("Внутреннее " + marker, true,
							List.of(new NewMessage.NewAttachment("memo.txt", marker.getBytes(StandardCharsets.UTF_8))),
							Via.PORTAL));
			return id;
		});
		DataScope own = DataScope.distributor(a);
		assertThat(count(DataScope.ALL_DISTRIBUTORS, "select count(*) from conversation_messages where thread_id = ?",
				thread))
			.isEqualTo(2);
		assertThat(count(own, "select count(*) from conversation_messages where thread_id = ?", thread)).isEqualTo(1);
		assertThat(count(own, "select count(*) from conversation_messages where internal or text like ?",
				"%" + marker + "%"))
			.isZero();
		assertThat(count(own, "select count(*) from conversation_attachments where thread_id = ?", thread)).isZero();
		assertThat(count(DataScope.ALL_DISTRIBUTORS,
				"select count(*) from conversation_attachments where thread_id = ?", thread))
			.isEqualTo(1);
		long author = userId("conva.admin");
		assertThatThrownBy(() -> transactions.runAs(own,
				() -> jdbc
					.sql("""
							insert into conversation_messages (thread_id, distributor_id, author_id, author_name, author_side, text, internal)
							values (?, ?, ?, 'x', 'MANUFACTURER', 'как заметка', true)""")
					.params(thread, a, author)
					.update()))
			.as("the distributor's scope cannot write an internal note")
			.hasStackTraceContaining("row-level security policy");

		DataScope other = DataScope.distributor(b);
		for (String table : List.of("conversation_threads", "conversation_messages", "conversation_followers",
				"conversation_reads", "conversation_attachments")) {
			String column = table.equals("conversation_threads") ? "id" : "thread_id";
			assertThat(count(other, "select count(*) from " + table + " where " + column + " = ?", thread)).as(table)
				.isZero();
		}
	}

	@Test
	void everyFollowerButTheAuthorIsToldWithTheirOwnReplyAddress() throws InterruptedException {
		long a = distributorId("CONVA");
		String text = "Сверка-" + System.nanoTime();
		long thread = asUser("analyst",
				() -> conversations
					.open(new NewThread(a, "Сверка остатков", About.general(),
							new NewMessage(text, false, List.of(), Via.PORTAL)))
					.id());
		List<Map<String, Object>> told = awaitMail(text, 2);
		assertThat(told).extracting(m -> m.get("recipient"))
			.contains("conva.admin@partner.test", "admin@manufacturer.example")
			.doesNotContain("analyst@manufacturer.example", "conva.manager@partner.test");
		assertThat(told).extracting(m -> (String) m.get("reply_to"))
			.allMatch(address -> address.matches("sellout\\+t-[a-z2-7]{26}@portal\\.local"))
			.doesNotHaveDuplicates();
		Map<String, Object> toDistributor = told.stream()
			.filter(m -> m.get("recipient").equals("conva.admin@partner.test"))
			.findFirst()
			.orElseThrow();
		assertThat(toDistributor.get("distributor_id")).isEqualTo(a);
		assertThat((String) toDistributor.get("subject")).isEqualTo("[CONVA] Сверка остатков");
		assertThat((String) toDistributor.get("body")).contains(text)
			.contains("Аналитик канала")
			.contains("/conversations/" + thread);

		String note = "Заметка-" + System.nanoTime();
		asUser("analyst", () -> conversations.post(thread, new NewMessage(note, true, List.of(), Via.PORTAL)));
		List<Map<String, Object>> noted = awaitMail(note, 1);
		assertThat(noted).extracting(m -> m.get("recipient")).containsExactly("admin@manufacturer.example");
		assertThat(noted.get(0).get("distributor_id")).as("the manufacturer's mail, not in CONVA's log").isNull();
		assertThat(noted.get(0).get("reply_to")).as("a note is answered in the portal, never by mail").isNull();
		assertThat((String) noted.get(0).get("body")).doesNotContain("sellout+t-");
		assertThat(count(DataScope.distributor(a), "select count(*) from outgoing_mails where body like ?",
				"%" + note + "%"))
			.isZero();
	}

	private List<Map<String, Object>> awaitMail(String text, int atLeast) throws InterruptedException {
		Instant until = Instant.now().plus(WAIT);
		List<Map<String, Object>> rows;
		do {
			rows = asSystem(() -> jdbc.sql("""
					select recipient, reply_to, distributor_id, subject, body from outgoing_mails
					 where kind = 'CONVERSATION' and body like ? order by id""")
				.param("%" + text + "%")
				.query()
				.listOfRows());
			if (rows.size() >= atLeast) {
				Thread.sleep(300);
				return asSystem(() -> jdbc.sql("""
						select recipient, reply_to, distributor_id, subject, body from outgoing_mails
						 where kind = 'CONVERSATION' and body like ? order by id""")
					.param("%" + text + "%")
					.query()
					.listOfRows());
			}
			Thread.sleep(100);
		}
		while (Instant.now().isBefore(until));
		return rows;
	}

}
