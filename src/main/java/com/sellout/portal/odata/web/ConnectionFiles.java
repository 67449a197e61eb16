package com.sellout.portal.odata.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.identity.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The files that connect a BI tool to the feed in one click. Neither holds a credential:
 * the tool asks for one when it first connects.
 * <ul>
 * <li>{@code .pbids} — Power BI's data source file: JSON naming an OData connection;
 * opening it starts Power BI Desktop on «Получить данные» with the feed filled in.</li>
 * <li>{@code .odc} — an Office Data Connection file (an HTML page with the connection in
 * its {@code msodc} XML island): a {@code DATAFEED} connection whose string names the
 * feed, opened by Excel as a data feed.</li>
 * </ul>
 */
final class ConnectionFiles {

	static final MediaType PBIDS = MediaType.APPLICATION_JSON;

	static final MediaType ODC = new MediaType("text", "x-ms-odc", StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ConnectionFiles() {
	}

	static String pbidsName(CurrentUser me) {
		return baseName(me) + ".pbids";
	}

	static String odcName(CurrentUser me) {
		return baseName(me) + ".odc";
	}

	static ResponseEntity<byte[]> pbids(String feedUrl, CurrentUser me) {
		Map<String, Object> file = Map.of("version", "0.1", "connections",
				List.of(Map.of("details", Map.of("protocol", "odata", "address", Map.of("url", feedUrl)), "options",
						Map.of(), "mode", "Import")));
		return attachment(JSON.writeValueAsBytes(file), PBIDS, pbidsName(me));
	}

	static ResponseEntity<byte[]> odc(String feedUrl, CurrentUser me) {
		String url = HtmlUtils.htmlEscape(feedUrl, "UTF-8");
		String title = HtmlUtils.htmlEscape("Sell-out Portal — " + scope(me), "UTF-8");
		String connection = "Data Source=" + url + ";Namespaces to Include=*;Max Received Message Size=4398046511104;"
				+ "Integrated Security=Basic;Persist Security Info=false;Base Url=" + url;
		String odc = """
				<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
				<head>
				<meta http-equiv=Content-Type content="text/x-ms-odc; charset=utf-8">
				<meta name=ProgId content=ODC.Database>
				<meta name=SourceType content=DATAFEED>
				<title>%1$s</title>
				<xml id=docprops><o:DocumentProperties xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
				 <o:Name>%1$s</o:Name>
				 <o:Description>OData v4: %2$s</o:Description>
				</o:DocumentProperties>
				</xml><xml id=msodc><odc:OfficeDataConnection xmlns:odc="urn:schemas-microsoft-com:office:odc" xmlns="http://www.w3.org/TR/REC-html40">
				 <odc:Connection odc:Type="DATAFEED">
				  <odc:ConnectionString>%3$s</odc:ConnectionString>
				 </odc:Connection>
				</odc:OfficeDataConnection>
				</xml>
				</head>
				<body>
				<p>%1$s: <a href="%2$s">%2$s</a></p>
				</body>
				</html>
				"""
			.formatted(title, url, connection);
		return attachment(odc.getBytes(StandardCharsets.UTF_8), ODC, odcName(me));
	}

	/**
	 * The scope in the file's name: a distributor's code, or all for the manufacturer.
	 */
	private static String baseName(CurrentUser me) {
		return "sellout-portal-" + scope(me).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
	}

	private static String scope(CurrentUser me) {
		return me.distributorCode() == null ? "all" : me.distributorCode();
	}

	private static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
