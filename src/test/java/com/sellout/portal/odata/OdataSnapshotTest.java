package com.sellout.portal.odata;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.odata.FeedFixture.A;
import static com.sellout.portal.odata.FeedFixture.A_ADMIN;
import static com.sellout.portal.odata.FeedFixture.A_ONLY;
import static com.sellout.portal.odata.FeedFixture.B_ADMIN;
import static com.sellout.portal.odata.FeedFixture.JSON;
import static com.sellout.portal.odata.FeedFixture.POWER_QUERY_ACCEPT;
import static com.sellout.portal.odata.FeedFixture.encode;
import static com.sellout.portal.odata.FeedFixture.get;
import static com.sellout.portal.odata.FeedFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh reads one state of the reports: a report superseded while its pages are read
 * still serves its lines to the end of that read, without a duplicate or a gap; the next
 * read serves the new report. {@link BiFeed#lastChanged()} moves with it, for the
 * reader's scope only.
 */
class OdataSnapshotTest extends PortalTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private BiFeed feed;

	@BeforeEach
	void data() {
		FeedFixture.ensure(jdbc, users, this::asSystem, baseUrl());
		FeedFixture.awaitSettled(jdbc, this::asSystem);
	}

	@Test
	void aReportSupersededDuringPagingChangesNothingInThatRead() {
		String june = "2061-06";
		FeedFixture.Report first = new FeedFixture.Report(june);
		for (int i = 1; i <= 10; i++) {
			first.sale("2061-06-" + String.format("%02d", i), A_ONLY, "77", "DEALER", "OD61-1", Integer.toString(i),
					(i * 10) + ".00");
		}
		long firstId = first.send(baseUrl(), A_ADMIN).path("id").asLong();
		FeedFixture.awaitSettled(jdbc, this::asSystem);
		OffsetDateTime before = asUser(A_ADMIN, () -> feed.lastChanged()).orElseThrow();
		OffsetDateTime otherBefore = asUser(B_ADMIN, () -> feed.lastChanged()).orElseThrow();

		String url = baseUrl() + "/odata/SellOutLines?$filter=" + encode("Period eq 2061-06-01");
		JsonNode page = JSON.readTree(get(url, A_ADMIN, POWER_QUERY_ACCEPT).body());
		List<JsonNode> rows = new ArrayList<>();
		page.path("value").forEach(rows::add);
		assertThat(rows).hasSize(4);
		String next = page.path("@odata.nextLink").asString();

		FeedFixture.Report second = new FeedFixture.Report(june);
		for (int i = 1; i <= 3; i++) {
			second.sale("2061-06-2" + i, A_ONLY, "77", "DEALER", "OD61-2", "1", "7.00");
		}
		long secondId = second.send(baseUrl(), A_ADMIN).path("id").asLong();
		FeedFixture.awaitSettled(jdbc, this::asSystem);
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_report_states where id = ?")
			.param(firstId)
			.query(String.class)
			.single())).isEqualTo("SUPERSEDED");

		rows.addAll(readAll(next, A_ADMIN, POWER_QUERY_ACCEPT, null).rows());
		Set<Integer> lineNumbers = new HashSet<>();
		for (JsonNode row : rows) {
			assertThat(row.path("ReportId").asLong()).isEqualTo(firstId);
			assertThat(lineNumbers.add(row.path("LineNo").asInt())).as("line %s once", row.path("LineNo")).isTrue();
		}
		assertThat(lineNumbers).hasSize(10);

		List<JsonNode> fresh = readAll(url, A_ADMIN, POWER_QUERY_ACCEPT, null).rows();
		assertThat(fresh).hasSize(3).allSatisfy(row -> assertThat(row.path("ReportId").asLong()).isEqualTo(secondId));

		OffsetDateTime after = asUser(A_ADMIN, () -> feed.lastChanged()).orElseThrow();
		assertThat(after).isAfter(before);
		assertThat(asUser(B_ADMIN, () -> feed.lastChanged())).hasValue(otherBefore);
		assertThat(asUser(A_ADMIN, () -> feed.lastChanged()))
			.hasValueSatisfying(changed -> assertThat(changed).isEqualTo(asSystem(() -> jdbc.sql("""
					select max(r.changed_at) from sellout_reports r join distributors d on d.id = r.distributor_id
					 where d.code = ? and r.kind = 'SELLOUT'""").param(A).query(OffsetDateTime.class).single())));
	}

}
