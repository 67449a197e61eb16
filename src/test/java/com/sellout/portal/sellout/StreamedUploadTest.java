package com.sellout.portal.sellout;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body is streamed into the database as it comes: one sent without a length
 * (chunked) that grows past the limit is refused with 413 and leaves no report and no
 * large object; a chunked body within it makes its report as any other. Sell-out of 2014.
 */
class StreamedUploadTest extends PortalTest {

	@Test
	void aChunkedBodyOverTheLimitIsRefusedAndLeavesNothingAndOneWithinItIsAReport() throws Exception {
		long reportsBefore = count("select count(*) from sellout_reports");
		long objectsBefore = count("select count(*) from pg_largeobject_metadata");
		byte[] huge = new byte[9 * 1024 * 1024]; // the tests' limit is 8 MB
		Arrays.fill(huge, (byte) 'x');
		HttpResponse<String> refused = chunked(huge);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
		assertThat(count("select count(*) from sellout_reports")).isEqualTo(reportsBefore);
		assertThat(count("select count(*) from pg_largeobject_metadata")).isEqualTo(objectsBefore);

		byte[] file = SalesFile.create().sale("07.10.2014", "EL-10003", 3, "3000,00").bytes();
		HttpResponse<String> taken = chunked(file);
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
		assertThat(SellOutApi.json(taken).path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(SellOutApi.json(taken).path("acceptedLines").asInt()).isEqualTo(1);
	}

	private HttpResponse<String> chunked(byte[] body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/sellout/reports?period=2014-10"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("gamma.manager:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private long count(String sql) {
		return asSystem(() -> jdbc.sql(sql).query(Long.class).single());
	}

}
