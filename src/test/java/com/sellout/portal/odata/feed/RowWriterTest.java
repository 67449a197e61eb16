package com.sellout.portal.odata.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sellout.portal.odata.edm.FeedColumn;
import com.sellout.portal.support.PortalTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row writer copies the driver's text where it is already what OData writes; the
 * driver switches a statement prepared on the server to binary numbers and dates after a
 * few runs, and a property's SQL may yield another type than the property's. Every way
 * writes the same JSON.
 */
class RowWriterTest extends PortalTest {

	private static final String ROW = """
			select 9007199254740993::bigint as "Id", 7 as "LineNo", 12.500::numeric(18, 3) as "Quantity",
			       -0.0001::numeric(18, 4) as "Price", 0.00000001234::float8 as "Share",
			       date '2026-01-05' as "Day", timestamp '2026-02-01 00:00' as "Month",
			       timestamptz '2026-03-04 05:06:07.891+03' as "At",
			       E'ООО «Ромашка» "кавычки" \\\\ и\\nстрока\\t\\u0001' as "Name",
			       null::numeric as "Nothing", null::date as "NoDay", null::text as "NoName", true as "Yes"
			""";

	private static final List<FeedColumn> COLUMNS = List.of(FeedColumn.int64("Id", ""), FeedColumn.int32("LineNo", ""),
			FeedColumn.decimal("Quantity", "", 18, 3), FeedColumn.decimal("Price", "", 18, 4),
			FeedColumn.decimal("Share", "", 20, 12), FeedColumn.date("Day", ""), FeedColumn.date("Month", ""),
			FeedColumn.timestamp("At", ""), FeedColumn.text("Name", ""), FeedColumn.decimal("Nothing", "", 18, 2),
			FeedColumn.date("NoDay", ""), FeedColumn.text("NoName", ""), FeedColumn.bool("Yes", ""));

	private static final String EXPECTED = "{\"Id\":9007199254740993,\"LineNo\":7,\"Quantity\":12.500,"
			+ "\"Price\":-0.0001,\"Share\":0.00000001234,\"Day\":\"2026-01-05\",\"Month\":\"2026-02-01\","
			+ "\"At\":\"2026-03-04T02:06:07.891Z\",\"Name\":\"ООО «Ромашка» \\\"кавычки\\\" \\\\ и\\nстрока\\t\\u0001\","
			+ "\"Nothing\":null,\"NoDay\":null,\"NoName\":null,\"Yes\":true}";

	@Autowired
	private DataSource dataSource;

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void textAndBinaryTransferWriteTheSameJson(int prepareThreshold) throws Exception {
		// 0: never prepared on the server, every value as text; -1: prepared at once,
		// numbers
		// and dates in binary
		assertThat(written(prepareThreshold, false)).isEqualTo(EXPECTED);
	}

	@Test
	void ieee754WritesInt64AndDecimalsAsStringsEitherWay() throws Exception {
		String expected = EXPECTED.replace("9007199254740993", "\"9007199254740993\"")
			.replace("12.500", "\"12.500\"")
			.replace("-0.0001", "\"-0.0001\"")
			.replace("0.00000001234", "\"0.00000001234\"");
		assertThat(written(0, true)).isEqualTo(expected);
		assertThat(written(-1, true)).isEqualTo(expected);
	}

	private String written(int prepareThreshold, boolean ieee754) throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Properties properties = new Properties();
		properties.setProperty("user", pool.getUsername());
		properties.setProperty("password", pool.getPassword());
		properties.setProperty("prepareThreshold", Integer.toString(prepareThreshold));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
				PreparedStatement statement = connection.prepareStatement(ROW);
				ResultSet rs = statement.executeQuery();
				JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			assertThat(rs.next()).isTrue();
			RowWriter.Fields fields = new RowWriter(ieee754).fields(rs, COLUMNS, "");
			json.writeStartObject();
			fields.write(json, rs);
			json.writeEndObject();
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
