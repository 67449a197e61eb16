package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * BI keys on the profile page: issued by any person and shown once, stored only as a
 * hash, listed with their last use, revoked by their owner alone; integration accounts
 * have none; every issue and revocation is in the audit log, never the secret.
 */
class BiKeysTest extends PortalTest {

	@Autowired
	private BiKeys keys;

	@Test
	void aPersonIssuesAKeyOnTheProfilePageAndSeesItOnce() {
		PortalHttp tab = browser().loggedInAs("beta.manager", "demo");

		HttpResponse<String> issued = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]")
			.fill("name", "Power BI, регионы")
			.choose("validDays", "90 дней")
			.submit();

		assertThat(issued.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(issued.body());
		String secret = page.select("[data-testid=new-bi-key]").text();
		assertThat(secret).startsWith(BiKeys.PREFIX).hasSizeGreaterThan(40);
		assertThat(page.select("[data-testid=bi-keys] table").text()).contains("Power BI, регионы",
				"…" + secret.substring(secret.length() - 4), "не использовался");
		// shown once: the next visit lists the key without its secret, and the address
		// the key was shown at, opened again (the language switch), is the profile
		assertThat(tab.get("/profile/bi-keys?lang=ru").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/profile#bi-keys"));
		String again = tab.get("/profile").body();
		assertThat(again).contains("Power BI, регионы").doesNotContain(secret);
		Map<String, Object> stored = asSystem(() -> jdbc
			.sql("select key_hash, hint, expires_at is not null as expires, name from bi_keys where key_hash = ?")
			.param(Sha256.hex(secret))
			.query()
			.singleRow());
		assertThat(stored).containsEntry("expires", true).containsEntry("hint", secret.substring(secret.length() - 4));
		long rowsWithSecret = asSystem(() -> jdbc.sql("select count(*) from bi_keys k where position(? in k::text) > 0")
			.param(secret)
			.query(Long.class)
			.single());
		assertThat(rowsWithSecret).isZero();
		List<String> audit = asSystem(() -> jdbc.sql(
				"select details from audit_events where action = 'BI_KEY_ISSUED' and actor = 'beta.manager' order by id")
			.query(String.class)
			.list());
		assertThat(audit).isNotEmpty().last().asString().contains("Power BI, регионы").doesNotContain(secret);
	}

	@Test
	void theManufacturersPeopleHaveKeysToo() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");

		HttpResponse<String> issued = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]")
			.choose("validDays", "Без срока")
			.submit();

		String secret = Jsoup.parse(issued.body()).select("[data-testid=new-bi-key]").text();
		assertThat(secret).startsWith(BiKeys.PREFIX);
		assertThat(Jsoup.parse(issued.body()).select("[data-testid=bi-keys] table").text()).contains("Без срока");
	}

	@Test
	void theOwnerRevokesAKeyThroughThePageAndNobodyElseCan() {
		PortalHttp owner = browser().loggedInAs("alfa.manager", "demo");
		PageForm.on(owner, "/profile", "[data-testid=bi-key-form]").fill("name", "to revoke").submit();
		BiKeys.BiKey key = asUser("alfa.manager", () -> keys.mine()).get(0);
		String revokeForm = "[data-testid=bi-keys] form[action$=/bi-keys/" + key.id() + "/revoke]";

		// the same distributor's administrator, another distributor's, the manufacturer's
		for (String other : List.of("alfa.admin", "beta.admin", "admin")) {
			HttpResponse<String> forged = PageForm.on(owner, "/profile", revokeForm)
				.submitFrom(browser().loggedInAs(other, "demo"), "/profile");
			assertThat(forged.statusCode()).as(other).isEqualTo(404);
			assertThatThrownBy(() -> asUser(other, () -> {
				keys.revoke(key.id());
				return null;
			})).as(other).isInstanceOf(NotFoundException.class);
		}
		assertThat(asUser("alfa.manager", () -> keys.mine()).get(0).revokedAt()).isNull();

		HttpResponse<String> revoked = PageForm.on(owner, "/profile", revokeForm).submit();

		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(owner.get("/profile").body()).contains("Ключ отозван", "отозван");
		assertThat(asUser("alfa.manager", () -> keys.mine()).get(0).revokedAt()).isNotNull();
		long audited = asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'BI_KEY_REVOKED' and actor = 'alfa.manager'")
			.query(Long.class)
			.single());
		assertThat(audited).isPositive();
	}

	@Test
	void aKeyIsSeenOnlyWhereItsOwnerIs() {
		BiKeys.IssuedBiKey issued = asUser("gamma.admin", () -> keys.issue("gamma's", null));

		assertThat(asUser("gamma.manager", () -> keys.mine())).extracting(BiKeys.BiKey::id)
			.doesNotContain(issued.key().id());
		long seenByBeta = transactions.callAs(DataScope.distributor(distributorId("BETA")),
				() -> jdbc.sql("select count(*) from bi_keys where id = ?")
					.param(issued.key().id())
					.query(Long.class)
					.single());
		long seenByGamma = transactions.callAs(DataScope.distributor(distributorId("GAMMA")),
				() -> jdbc.sql("select count(*) from bi_keys where id = ?")
					.param(issued.key().id())
					.query(Long.class)
					.single());
		assertThat(seenByBeta).isZero();
		assertThat(seenByGamma).isEqualTo(1);
	}

	@Test
	void integrationAccountsCannotIssueKeys() {
		assertThatThrownBy(() -> asUser("alfa.1c", () -> keys.issue("1C", null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asUser("alfa.1c", () -> keys.mine())).isInstanceOf(AccessDeniedException.class);
		// and have no profile page to do it on
		PortalHttp tab = browser();
		tab.login("alfa.1c", "demo");
		assertThat(tab.get("/profile").statusCode()).isNotEqualTo(200);
	}

	@Test
	void onlyTheValiditiesThePageOffersAreTaken() {
		PortalHttp tab = browser().loggedInAs("gamma.manager", "demo");
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]");
		Map<String, String> forged = new LinkedHashMap<>();
		forged.put("name", "forever and a day");
		forged.put("validDays", "99999999");
		forged.put("_csrf", PortalHttp.csrfOf(tab.get("/profile").body()));

		HttpResponse<String> refused = tab.postForm(form.action(), forged);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Выберите срок из списка").doesNotContain("data-testid=\"new-bi-key\"");
	}

}
