package com.sellout.portal.identity.security;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.OwnPassword;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the BI feed at {@code /odata/}: people with their password (HTTP Basic) or
 * their BI key ({@code ?key=}), never integration accounts; a missing or wrong credential
 * is challenged (Power Query needs it); wrong ones are throttled like logins; nothing is
 * kept between requests. Until the feed itself is there, an admitted request is one that
 * is neither challenged nor refused.
 */
class OdataAccessTest extends PortalTest {

	private static final String FEED = "/odata/";

	@Autowired
	private BiKeys keys;

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void nothingGivenIsChallengedWithBasic() {
		HttpResponse<String> anonymous = browser().apiAnonymous(FEED);

		assertChallenged(anonymous);
	}

	@Test
	void aWrongPasswordIsChallengedWithBasic() {
		assertChallenged(browser().api(FEED, "alfa.manager", "wrong"));
	}

	@Test
	void aWrongKeyIsChallengedWithBasic() {
		assertChallenged(browser().apiAnonymous(FEED + "?key=" + BiKeys.PREFIX + "not-a-key"));
		assertChallenged(browser().apiAnonymous(FEED + "?key="));
		assertChallenged(browser().apiAnonymous(FEED + "$metadata?key=somethingElse"));
	}

	@Test
	void aPersonIsAdmittedWithThePasswordOrTheirKeyAndNoSessionIsEverMade() {
		String key = asUser("alfa.manager", () -> keys.issue("Power BI", null)).secret();

		HttpResponse<String> basic = browser().api(FEED, "alfa.manager", "demo");
		HttpResponse<String> withKey = browser().apiAnonymous(FEED + "?key=" + key);
		HttpResponse<String> metadataWithKey = browser().apiAnonymous(FEED + "$metadata?$format=xml&key=" + key);

		assertAdmitted(basic);
		assertAdmitted(withKey);
		assertAdmitted(metadataWithKey);
		long used = asSystem(() -> jdbc.sql("select count(*) from bi_keys where hint = ? and last_used_at is not null")
			.param(key.substring(key.length() - 4))
			.query(Long.class)
			.single());
		assertThat(used).isEqualTo(1);
	}

	@Test
	void noCsrfTokenIsAskedFor() {
		PortalHttp tab = browser();
		HttpResponse<String> post = tab.apiPost(FEED + "Reports", "application/json", "{}".getBytes(), "analyst",
				"demo");

		// past the chain without a CSRF token: the feed itself refuses the write, as a
		// 400
		assertThat(post.statusCode()).as(post.body()).isEqualTo(400);
		assertThat(post.body()).contains("read whole entity sets");
		assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void integrationAccountsAreRefusedWithTheirPasswordAndTheirToken() {
		String token = asUser("admin", () -> integrations.createToken(userId("alfa.1c"), "odata test"));

		HttpResponse<String> basic = browser().api(FEED, "alfa.1c", "demo");
		HttpResponse<String> bearer = browser().request("GET", FEED, null, null, "Authorization", "Bearer " + token);

		assertThat(basic.statusCode()).isEqualTo(403);
		assertThat(bearer.statusCode()).isEqualTo(403);
		assertThat(basic.headers().allValues("Set-Cookie")).isEmpty();
		// the same token still delivers sell-out: it is refused here, not broken
		assertThat(browser().request("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aRevokedKeyIsRefused() {
		BiKeys.IssuedBiKey issued = asUser("beta.admin", () -> keys.issue("revoked", null));
		assertAdmitted(browser().apiAnonymous(FEED + "?key=" + issued.secret()));

		asUser("beta.admin", () -> {
			keys.revoke(issued.key().id());
			return null;
		});

		assertChallenged(browser().apiAnonymous(FEED + "?key=" + issued.secret()));
	}

	@Test
	void anExpiredKeyIsRefused() {
		BiKeys.IssuedBiKey issued = asUser("gamma.manager",
				() -> keys.issue("expiring", OffsetDateTime.now().plusDays(30)));
		assertAdmitted(browser().apiAnonymous(FEED + "?key=" + issued.secret()));

		asSystem(() -> jdbc.sql("update bi_keys set expires_at = now() - interval '1 second' where id = ?")
			.param(issued.key().id())
			.update());

		assertChallenged(browser().apiAnonymous(FEED + "?key=" + issued.secret()));
	}

	@Test
	void theKeyOfADeactivatedPersonIsRefusedEvenOnceTheyAreBack() {
		String login = "bi.leaver" + System.nanoTime();
		long id = asSystem(() -> users.register(login, "demo-demo-1", "Уходящий", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));
		String key = asUser(login, () -> keys.issue("laptop", null)).secret();
		assertAdmitted(browser().apiAnonymous(FEED + "?key=" + key));

		asUser("alfa.admin", () -> {
			users.setActive(id, false);
			return null;
		});
		HttpResponse<String> refused = browser().apiAnonymous(FEED + "?key=" + key);
		asUser("alfa.admin", () -> {
			users.setActive(id, true);
			return null;
		});

		assertChallenged(refused);
		// deactivation revoked the key (issue 22): back, the person issues a new one
		assertChallenged(browser().apiAnonymous(FEED + "?key=" + key));
		assertAdmitted(browser().api(FEED, login, "demo-demo-1"));
	}

	@Test
	void aPasswordTheFeedRemembersEndsWhenItIsChangedOrItsOwnerDeactivated() {
		String login = "bi.basic" + System.nanoTime();
		long id = asSystem(() -> users.register(login, "demo-demo-1", "Читатель", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));
		assertAdmitted(browser().api(FEED, login, "demo-demo-1"));
		assertAdmitted(browser().api(FEED, login, "demo-demo-1"));
		// remembered, yet only for exactly that password
		assertChallenged(browser().api(FEED, login, "demo-demo-2"));

		asUser("alfa.admin", () -> {
			users.setActive(id, false);
			return null;
		});
		HttpResponse<String> deactivated = browser().api(FEED, login, "demo-demo-1");
		asUser("alfa.admin", () -> {
			users.setActive(id, true);
			return null;
		});
		assertChallenged(deactivated);
		assertAdmitted(browser().api(FEED, login, "demo-demo-1"));

		String newPassword = asUser("alfa.admin", () -> users.resetPassword(id));
		assertChallenged(browser().api(FEED, login, "demo-demo-1"));
		// the administrator's new password is temporary: the feed refuses it until the
		// person has chosen their own at the web login
		HttpResponse<String> temporary = browser().api(FEED, login, newPassword);
		assertThat(temporary.statusCode()).isEqualTo(401);
		assertThat(temporary.body()).contains("This password is temporary");
		OwnPassword.chosen(browser(), login, newPassword, "своя фраза читателя");
		assertAdmitted(browser().api(FEED, login, "своя фраза читателя"));
	}

	@Test
	void wrongKeysAreThrottledByAddressAndThenEvenTheRightKeyWaits() {
		String key = asUser("alfa.admin", () -> keys.issue("throttle", null)).secret();
		for (int i = 0; i < 19; i++) {
			assertChallenged(browser().apiAnonymous(FEED + "?key=" + BiKeys.PREFIX + "guess" + i));
		}

		HttpResponse<String> twentieth = browser().apiAnonymous(FEED + "?key=" + BiKeys.PREFIX + "guess20");
		HttpResponse<String> rightKey = browser().apiAnonymous(FEED + "?key=" + key);

		assertThat(twentieth.statusCode()).isIn(401, 429);
		assertThat(rightKey.statusCode()).isEqualTo(429);
		assertThat(rightKey.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		// a key names no account: guessing keys blocks the address, not anyone's login
		long accountsBlocked = jdbc.sql("select count(*) from login_throttle where key like 'account:%'")
			.query(Long.class)
			.single();
		assertThat(accountsBlocked).isZero();
	}

	@Test
	void wrongPasswordsOnTheFeedAreThrottledLikeLogins() {
		for (int i = 0; i < 5; i++) {
			assertThat(browser().api(FEED, "beta.manager", "wrong" + i).statusCode()).isIn(401, 429);
		}

		HttpResponse<String> rightPassword = browser().api(FEED, "beta.manager", "demo");

		assertThat(rightPassword.statusCode()).isEqualTo(429);
		assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
	}

	private static void assertChallenged(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Sell-out Portal\"");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static void assertAdmitted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		// the service document or the metadata: the feed itself answered
		assertThat(response.body()).contains("SellOutLines");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

}
