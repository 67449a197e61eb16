package com.sellout.portal.tasks;

import java.net.http.HttpResponse;
import java.util.List;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Interactions and who sees them: the manufacturer's interaction about a distributor is
 * internal, and the database policy keeps it out of that distributor's scope — the API,
 * the pages, the exports, and hand-written SQL without a filter; a distributor logs its
 * own with its own clients, another distributor's interaction or client is missing.
 */
class InteractionPolicyTest extends TasksTestBase {

	@Autowired
	private UserAccounts users;

	@Autowired
	private ManagerScopes managers;

	@Test
	void theManufacturersInteractionAboutADistributorIsHiddenFromItByTheDatabase() {
		HttpResponse<String> logged = post("/api/v1/interactions", "admin", """
				{"kind":"CALL","state":"DONE","date":"2031-05-14","time":"10:30","distributor":"ALFA",
				 "participants":"Директор ALFA","subject":"Внутреннее о ALFA: скидка","result":"Обсудили",
				 "nextStep":"Решить о скидке"}""");
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		assertThat(json(logged).path("internal").asBoolean()).isTrue();
		assertThat(json(logged).path("time").asString()).isEqualTo("10:30:00");
		long id = json(logged).path("id").asLong();

		assertThat(get("/api/v1/interactions/" + id, "admin").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/interactions/" + id, "alfa.manager").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/interactions", "alfa.manager").body()).doesNotContain("Внутреннее о ALFA");
		assertThat(get("/api/v1/interactions?distributor=ALFA", "admin").body()).contains("Внутреннее о ALFA");

		long alfa = distributorId("ALFA");
		long seenByAlfa = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select count(*) from interactions where id = ?").param(id).query(Long.class).single());
		long internalSeenByAlfa = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("select count(*) from interactions where internal").query(Long.class).single());
		long seenByAll = asSystem(
				() -> jdbc.sql("select count(*) from interactions where id = ?").param(id).query(Long.class).single());
		assertThat(seenByAlfa).as("the distributor's scope, no filter in the SQL").isZero();
		assertThat(internalSeenByAlfa).isZero();
		assertThat(seenByAll).isEqualTo(1);
		assertThatThrownBy(() -> transactions.callAs(DataScope.distributor(alfa), () -> jdbc.sql("""
				insert into interactions (distributor_id, internal, kind, state, happens_on, subject, created_by,
				       created_by_name) values (?, true, 'CALL', 'DONE', date '2031-05-15', 'Подделка', ?, 'x')""")
			.params(alfa, userId("alfa.manager"))
			.update())).as("nor can the distributor's scope write an internal one")
			.isInstanceOf(DataAccessException.class);
		int updated = transactions.callAs(DataScope.distributor(alfa),
				() -> jdbc.sql("update interactions set subject = 'x' where id = ?").param(id).update());
		assertThat(updated).isZero();

		PortalTestPages pages = new PortalTestPages(tab("alfa.manager"));
		assertThat(pages.status("/interactions/" + id)).isEqualTo(404);
		assertThat(pages.body("/interactions")).doesNotContain("Внутреннее о ALFA");
		assertThat(pages.body("/interactions/export.csv")).doesNotContain("Внутреннее о ALFA");
		assertThat(pages.status("/tasks/new?fromInteraction=" + id)).isEqualTo(404);
		PortalTestPages admin = new PortalTestPages(tab("admin"));
		assertThat(admin.body("/interactions/export.csv?distributor=" + alfa)).contains("Внутреннее о ALFA");
	}

	@Test
	void aDistributorLogsItsOwnWithItsOwnClients() {
		HttpResponse<String> own = post("/api/v1/interactions", "alfa.manager",
				"{\"kind\":\"visit\",\"date\":\"15.05.2031\",\"clientId\":" + objects.alfaClient()
						+ ",\"subject\":\"Визит ALFA к своему\"}");
		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		assertThat(json(own).path("internal").asBoolean()).isFalse();
		assertThat(json(own).path("state").asString()).as("planned unless said").isEqualTo("PLANNED");
		assertThat(json(own).path("client").asString()).contains("Задачи Альфа");
		long id = json(own).path("id").asLong();
		assertThat(get("/api/v1/interactions/" + id, "beta.manager").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/interactions", "beta.manager").body()).doesNotContain("Визит ALFA к своему");
		assertThat(get("/api/v1/interactions/" + id, "admin").statusCode()).as("the manufacturer sees it")
			.isEqualTo(200);
		assertThat(new PortalTestPages(tab("beta.manager")).body("/interactions/export.csv"))
			.doesNotContain("Визит ALFA к своему");

		assertThat(
				post("/api/v1/interactions", "alfa.manager",
						"{\"kind\":\"CALL\",\"date\":\"2031-05-15\",\"clientId\":" + objects.betaClient()
								+ ",\"subject\":\"К чужому\"}")
					.statusCode())
			.as("another distributor's client")
			.isEqualTo(404);
		assertThat(post("/api/v1/interactions", "alfa.manager",
				"{\"kind\":\"CALL\",\"date\":\"2031-05-15\",\"distributor\":\"BETA\",\"clientId\":"
						+ objects.alfaClient() + ",\"subject\":\"За BETA\"}")
			.statusCode()).as("another distributor named").isEqualTo(404);
		assertThat(fields(post("/api/v1/interactions", "alfa.manager",
				"{\"kind\":\"FAX\",\"state\":\"MAYBE\",\"date\":\"2031-13-01\",\"time\":\"25:00\",\"subject\":\"\"}")))
			.containsExactlyInAnyOrder("kind", "state", "date", "time", "subject", "clientId");
		assertThat(fields(post("/api/v1/interactions", "admin",
				"{\"kind\":\"CALL\",\"date\":\"2031-05-15\",\"subject\":\"Ни о ком\"}")))
			.containsExactly("distributorId");
	}

	/**
	 * A manager restricted to some of ALFA's clients sees the interactions with those
	 * only.
	 */
	@Test
	void aManagerRestrictedToClientsSeesTheInteractionsWithThoseOnly() {
		String inn = TestInns.organisation(2_424_003);
		long other = asSystem(() -> {
			long id = jdbc.sql("select id from clients where inn = ?")
				.param(inn)
				.query(Long.class)
				.optional()
				.orElseGet(() -> jdbc
					.sql("insert into clients (inn, name, status) values (?, 'ООО \"Узкий\"', 'ACTIVE')"
							+ " returning id")
					.param(inn)
					.query(Long.class)
					.single());
			jdbc.sql("insert into client_assignments (client_id, distributor_id) values (?, ?) on conflict do nothing")
				.params(id, distributorId("ALFA"))
				.update();
			if (jdbc.sql("select count(*) from users where login = 'tasks.narrow'").query(Long.class).single() == 0) {
				users.register("tasks.narrow", "demo", "Менеджер ALFA по одному клиенту", null,
						Role.DISTRIBUTOR_MANAGER, distributorId("ALFA"));
			}
			return id;
		});
		asUser("alfa.admin", () -> {
			managers.restrict(userId("tasks.narrow"), List.of(other));
			return null;
		});
		long hidden = json(post("/api/v1/interactions", "alfa.manager", "{\"kind\":\"CALL\",\"date\":\"2031-05-16\","
				+ "\"clientId\":" + objects.alfaClient() + ",\"subject\":\"Не для узкого\"}"))
			.path("id")
			.asLong();
		long shown = json(post("/api/v1/interactions", "alfa.manager",
				"{\"kind\":\"CALL\",\"date\":\"2031-05-16\",\"clientId\":" + other + ",\"subject\":\"Для узкого\"}"))
			.path("id")
			.asLong();
		assertThat(get("/api/v1/interactions/" + hidden, "tasks.narrow").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/interactions/" + shown, "tasks.narrow").statusCode()).isEqualTo(200);
		String list = get("/api/v1/interactions", "tasks.narrow").body();
		assertThat(list).contains("Для узкого").doesNotContain("Не для узкого");
	}

}
