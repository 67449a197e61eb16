package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.StockFiles.OwnDistributor;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload page keeps its results: a file uploaded through the page's form is listed
 * under «Недавние загрузки» when the person comes back to the page, with its status and a
 * link to the report — and a person of another distributor never sees it there.
 */
class RecentUploadsTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Test
	void whatWasUploadedIsStillThereAfterGoingElsewhereAndOnlyForItsDistributor() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "RU");
		OwnDistributor other = StockFiles.distributor(transactions, jdbc, users, "RV");
		PortalHttp admin = browser().loggedInAs(own.admin(), OwnDistributor.PASSWORD);
		HttpResponse<String> row = PageForm.on(admin, "/sellout/upload", "#sellout-upload")
			.choose("kind", "Остатки")
			.upload("остатки-недавние.csv", StockFiles.plainList("31.03.2039"));
		assertThat(row.statusCode()).isEqualTo(200);

		assertThat(admin.get("/sellout/reports").statusCode()).isEqualTo(200);
		Document back = Jsoup.parse(admin.get("/sellout/upload").body());
		assertThat(back.select("[data-testid=recent-uploads]").text()).contains("Недавние загрузки")
			.contains("остатки-недавние.csv")
			.contains("Остатки");
		assertThat(back.select("[data-testid=recent-uploads] a[href^=/sellout/stock-reports/]")).hasSize(1);
		assertThat(back.select("#upload-announcer[role=status]")).as("results are announced").hasSize(1);

		PortalHttp stranger = browser().loggedInAs(other.admin(), OwnDistributor.PASSWORD);
		assertThat(stranger.get("/sellout/upload").body()).doesNotContain("остатки-недавние.csv");
	}

}
