package com.sellout.portal.sellout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import com.sellout.portal.support.PortalHttp;
import org.assertj.core.api.Assertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends sell-out files through the real API, as a distributor's user, and reads the
 * answers.
 */
public final class SellOutApi {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final PortalHttp http;

	public SellOutApi(PortalHttp http) {
		this.http = http;
	}

	public static byte[] sample(String name) {
		try (InputStream in = SellOutApi.class.getResourceAsStream("/samples/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public HttpResponse<String> upload(String login, String fileName, byte[] content, String period,
			String... headers) {
		String query = period == null ? "" : "?period=" + period;
		return http.apiUpload("/api/v1/sellout/reports" + query, fileName, content, login, "demo", headers);
	}

	public HttpResponse<String> post(String login, String contentType, byte[] content, String query,
			String... headers) {
		return http.apiPost("/api/v1/sellout/reports" + (query == null ? "" : query), contentType, content, login,
				"demo", headers);
	}

	public HttpResponse<String> get(String login, String path) {
		return http.api(path, login, "demo");
	}

	public HttpResponse<String> mappings(String login, String type, String contentType, byte[] content) {
		return http.apiPost("/api/v1/value-mappings?type=" + type, contentType, content, login, "demo");
	}

	/**
	 * gamma.1c delivers 1C EnterpriseData documents, as its 1C exchange would; the report
	 * it made.
	 */
	public JsonNode deliverAsGamma1c(OneCDocuments.Sale... sales) {
		HttpResponse<String> response = http.apiPost("/api/v1/sellout/reports", "application/xml",
				OneCDocuments.enterpriseData(sales), "gamma.1c", "demo");
		Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response);
	}

}
