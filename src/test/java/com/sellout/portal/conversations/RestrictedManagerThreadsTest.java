package com.sellout.portal.conversations;

import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.conversations.Conversations.ThreadFilter;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A manager restricted to one client (conva.narrow, to ИНН 6645390113) sees the threads
 * about that client — the client itself, a line of theirs — and those about no client,
 * never those about another client, is no follower of those and gets none of their mail;
 * an unrestricted colleague sees them all. Reports of 2007-08.
 */
class RestrictedManagerThreadsTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private Conversations conversations;

	@Autowired
	private ManagerScopes managers;

	@Test
	void aRestrictedManagerSeesThreadsAboutTheirClientsAndAboutNoClient() throws InterruptedException {
		ConversationFixture.ensure(jdbc, users, this::asSystem);
		long a = distributorId("CONVA");
		long own = ConversationFixture.clientId(jdbc, this::asSystem, ConversationFixture.OWN_INN);
		long shared = ConversationFixture.clientId(jdbc, this::asSystem, ConversationFixture.SHARED_INN);
		asUser("conva.admin", () -> {
			managers.restrict(userId("conva.narrow"), List.of(own));
			return null;
		});
		long report = asSystem(() -> ConversationFixture.report(intake, a, YearMonth.of(2007, 8)));
		int sharedLine = line(report, ConversationFixture.SHARED_INN);
		int ownLine = line(report, ConversationFixture.OWN_INN);
		long general = open(a, About.general());
		long ofOwn = open(a, About.client(own));
		long ofShared = open(a, About.client(shared));
		long lineOfOwn = open(a, About.line(report, ownLine));
		long lineOfShared = open(a, About.line(report, sharedLine));

		List<Long> narrow = asUser("conva.narrow",
				() -> conversations.find(new ThreadFilter(null, null, null, null, false, false), 0, 200)
					.items()
					.stream()
					.map(ThreadSummary::id)
					.toList());
		assertThat(narrow).contains(general, ofOwn, lineOfOwn).doesNotContain(ofShared, lineOfShared);
		assertThatThrownBy(() -> asUser("conva.narrow", () -> conversations.get(ofShared)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asUser("conva.narrow",
				() -> conversations.open(new NewThread(null, "s", About.line(report, sharedLine),
						new NewMessage("t", false, List.of(), Via.PORTAL)))))
			.as("a line of a client not theirs is answered as missing")
			.isInstanceOf(NotFoundException.class);
		List<Long> colleague = asUser("conva.manager",
				() -> conversations.find(ThreadFilter.none(), 0, 200).items().stream().map(ThreadSummary::id).toList());
		assertThat(colleague).contains(general, ofOwn, ofShared, lineOfOwn, lineOfShared);

		long narrowId = userId("conva.narrow");
		assertThat(asUser("analyst", () -> conversations.candidates(ofOwn))).extracting(u -> u.id()).contains(narrowId);
		assertThat(asUser("analyst", () -> conversations.candidates(ofShared))).extracting(u -> u.id())
			.as("not a follower of a thread about a client not theirs")
			.doesNotContain(narrowId);
		assertThatThrownBy(() -> asUser("analyst", () -> {
			conversations.follow(ofShared, narrowId);
			return null;
		})).isInstanceOf(NotFoundException.class);

		// followed before the restriction: the mail of the thread no longer reaches them
		asSystem(() -> jdbc.sql("""
				insert into conversation_followers (thread_id, user_id, distributor_id, name, side)
				values (?, ?, ?, 'narrow', 'DISTRIBUTOR')""").params(ofShared, narrowId, a).update());
		String text = "Общий клиент " + System.nanoTime();
		asUser("analyst", () -> conversations.post(ofShared, new NewMessage(text, false, List.of(), Via.PORTAL)));
		assertThat(awaitRecipients(text)).contains("conva.admin@partner.test")
			.doesNotContain("conva.narrow@partner.test");
	}

	private List<String> awaitRecipients(String text) throws InterruptedException {
		long until = System.nanoTime() + 20_000_000_000L;
		List<String> recipients = List.of();
		while (System.nanoTime() < until && recipients.isEmpty()) {
			Thread.sleep(200);
			recipients = asSystem(() -> jdbc.sql("select recipient from outgoing_mails where body like ?")
				.param("%" + text + "%")
				.query(String.class)
				.list());
		}
		return recipients;
	}

	private long open(long distributorId, About about) {
		return asUser("analyst",
				() -> conversations
					.open(new NewThread(distributorId, "Ограничение " + about.type(), about,
							new NewMessage("вопрос", false, List.of(), Via.PORTAL)))
					.id());
	}

	private int line(long report, String inn) {
		return asSystem(() -> jdbc.sql("select line_no from sellout_lines where report_id = ? and client_inn = ?")
			.params(report, inn)
			.query(Integer.class)
			.single());
	}

}
