package com.sellout.portal.clients;

import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The manufacturer's administrator maintains the segments; others only use them. */
class SegmentListTest extends PortalTest {

	@Autowired
	private Segments segments;

	@Test
	void theAdministratorAddsASegmentThatRegistrationsThenAccept() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String page = admin.get("/clients/segments").body();

		admin.postForm("/clients/segments", Map.of("code", "wholesale", "nameRu", "Оптовая компания", "nameEn",
				"Wholesaler", "active", "true", "_csrf", PortalHttp.csrfOf(page)));

		assertThat(admin.get("/clients/segments").body()).contains("WHOLESALE", "Оптовая компания");
		assertThat(asSystem(() -> segments.resolve("оптовая КОМПАНИЯ")))
			.hasValueSatisfying(segment -> assertThat(segment.code()).isEqualTo("WHOLESALE"));
		assertThat(browser().loggedInAs("alfa.manager", "demo").get("/clients/new").body())
			.contains("Оптовая компания");
	}

	@Test
	void onlyTheManufacturersAdministratorChangesSegments() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		String page = analyst.get("/clients/segments").body();

		assertThat(analyst
			.postForm("/clients/segments",
					Map.of("code", "HACK", "nameRu", "x", "nameEn", "x", "_csrf", PortalHttp.csrfOf(page)))
			.statusCode()).isEqualTo(403);
		assertThat(browser().loggedInAs("alfa.admin", "demo").get("/clients/segments").statusCode()).isEqualTo(403);
		assertThat(asSystem(() -> segments.resolve("HACK"))).isEmpty();
	}

}
