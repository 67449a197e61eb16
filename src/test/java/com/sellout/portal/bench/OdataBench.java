package com.sellout.portal.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.analytics.internal.RollupsForBench;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.odata.edm.FeedSet;
import com.sellout.portal.odata.edm.FeedSets;
import com.sellout.portal.odata.sql.PageQuery;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.support.FreePorts;
import org.postgresql.PGConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The BI feed over the shared channel dataset (the one {@code bench/analytics.sh} builds,
 * 10 M sell-out lines; smoke: a small one): {@code SellOutLines} read through all its
 * pages over HTTP as the manufacturer's analyst, as Power Query reads it (rows per
 * second), against a PostgreSQL {@code COPY (select …) TO STDOUT} of the same rows and
 * columns in the same run (the ratio); then {@code SellOutMonthly} read whole. Run with
 * {@code bench/odata.sh}.
 */
public final class OdataBench {

	private static final String ACCEPT = "application/json;odata.metadata=minimal;q=1.0,"
			+ "application/json;odata=minimalmetadata;q=0.9,application/xml;q=0.7";

	private static final JsonFactory JSON = new JsonFactory();

	private OdataBench() {
	}

	public static void main(String[] args) throws Exception {
		String scale = args.length > 0 ? args[0] : "full";
		ChannelDataset.Size size = switch (scale) {
			case "smoke" -> ChannelDataset.Size.smoke();
			// for profiling: the full dataset's shape with a tenth of its lines
			case "medium" -> ChannelDataset.Size.full().withLines(1_000_000);
			default -> ChannelDataset.Size.full();
		};
		boolean kept = args.length > 1 && !args[1].isBlank();
		Path dataDir = kept ? Path.of(args[1]) : Files.createTempDirectory("odata-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=" + !kept,
					"--portal.database.durable=false", "--logging.level.root=warn",
					// the loaded dataset would start a refit of every forecast, using the
					// cores the feed is measured on
					"--portal.forecasting.settle=3650d"))) {
			System.out.printf(Locale.ROOT, "odata benchmark: %d cores, max heap %d MB, %s%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024,
					scale + " size");
			ChannelDataset.Loaded data = ChannelDataset.existing(context, size);
			if (data == null) {
				data = ChannelDataset.load(context, size);
			}
			System.out.printf(Locale.ROOT, "dataset: %,d sell-out lines%n", data.sellOutLines());
			fillRollups(context);
			String root = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/odata/";
			long overhead = System.nanoTime();
			for (int i = 0; i < 10; i++) {
				readAll(root + "Segments?$top=1");
			}
			System.out.printf(Locale.ROOT,
					"one request of one row (HTTP Basic; its password remembered after the first): %.0f ms%n",
					(System.nanoTime() - overhead) / 1e6 / 10);
			for (int run = 1; run <= (scale.equals("full") ? 1 : 2); run++) {
				long started = System.nanoTime();
				long[] read = readAll(root + "SellOutLines");
				double feedSeconds = (System.nanoTime() - started) / 1e9;
				started = System.nanoTime();
				long copied = copy(context);
				double copySeconds = (System.nanoTime() - started) / 1e9;
				System.out.printf(Locale.ROOT,
						"run %d: SellOutLines %,d rows in %,d pages, %.1f s = %,.0f rows/s (%,d MB of JSON); "
								+ "COPY of the same %,d rows %.1f s = %,.0f rows/s; feed / COPY time %.2f%n",
						run, read[0], read[1], feedSeconds, read[0] / feedSeconds, read[2] / 1024 / 1024, copied,
						copySeconds, copied / copySeconds, feedSeconds / copySeconds);
			}
			explain(context);
			long started = System.nanoTime();
			long[] monthly = readAll(root + "SellOutMonthly");
			System.out.printf(Locale.ROOT, "SellOutMonthly: %,d rows in %,d pages, %.1f s%n", monthly[0], monthly[1],
					(System.nanoTime() - started) / 1e9);
			Runtime.getRuntime().gc();
			System.out.printf(Locale.ROOT, "heap used after the reads: %,d MB%n",
					(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024);
		}
	}

	/** The plan of a middle page of SellOutLines, as the feed asks it. */
	private static void explain(ConfigurableApplicationContext context) throws Exception {
		FeedSets sets = new FeedSets();
		FeedSet set = sets.require("SellOutLines");
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Long[] reports = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("select id from sellout_report_states where kind = 'SELLOUT' and status = any(?) order by id")
					.param(ReportStatus.names(ReportStatus.ACTIVE))
					.query(Long.class)
					.list()
					.toArray(Long[]::new));
		PageQuery.Built page = PageQuery.page(new PageQuery.Request(set, set.columns(), List.of(), null, List.of(),
				null, reports, List.of(reports[reports.length / 2], 100), 0, 5001), sets);
		DataSource dataSource = context.getBean(DataSource.class);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try (var statement = connection.prepareStatement("explain (analyze, buffers) " + page.sql())) {
				// as the feed plans a keyset page (PageStreamer)
				for (String setting : List.of("enable_bitmapscan", "enable_sort", "enable_incremental_sort")) {
					connection.createStatement().execute("set local " + setting + " = off");
				}
				for (int i = 0; i < page.params().size(); i++) {
					Object value = page.params().get(i);
					statement.setObject(i + 1,
							value instanceof Long[] ids ? connection.createArrayOf("bigint", ids) : value);
				}
				try (var rs = statement.executeQuery()) {
					while (rs.next()) {
						System.out.println("  " + rs.getString(1));
					}
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		});
	}

	/** The rollups of every active report (a kept dataset's answer "unchanged"). */
	private static void fillRollups(ConfigurableApplicationContext context) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		List<Long> reports = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("select id from sellout_report_states where kind = 'SELLOUT' and status = any(?) order by id")
					.param(ReportStatus.names(ReportStatus.ACTIVE))
					.query(Long.class)
					.list());
		RollupsForBench rollups = new RollupsForBench(context);
		long started = System.nanoTime();
		int refreshed = 0;
		for (long report : reports) {
			refreshed += rollups.refresh(report) ? 1 : 0;
		}
		System.out.printf(Locale.ROOT, "rollups: %d reports, %d refreshed, %.1f s%n", reports.size(), refreshed,
				(System.nanoTime() - started) / 1e9);
	}

	/** Rows, pages and bytes of a set read page after page by its next links. */
	private static long[] readAll(String url) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8));
		long rows = 0;
		long pages = 0;
		long bytes = 0;
		long toHeaders = 0;
		String next = url;
		while (next != null) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(next))
				.header("Accept", ACCEPT)
				.header("Authorization", authorization)
				.header("OData-MaxVersion", "4.0")
				.GET()
				.build();
			long asked = System.nanoTime();
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			toHeaders += System.nanoTime() - asked;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(next + " answered " + response.statusCode());
			}
			next = null;
			try (CountingStream body = new CountingStream(response.body());
					JsonParser parser = JSON.createParser(body)) {
				int depth = 0;
				JsonToken token;
				while ((token = parser.nextToken()) != null) {
					if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
						depth++;
						if (depth == 3 && token == JsonToken.START_OBJECT) {
							rows++;
						}
					}
					else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
						depth--;
					}
					else if (depth == 1 && token == JsonToken.FIELD_NAME
							&& "@odata.nextLink".equals(parser.currentName())) {
						next = parser.nextTextValue();
					}
				}
				bytes += body.count;
			}
			pages++;
		}
		System.out.printf(Locale.ROOT, "  (time to headers: %.1f ms a page)%n", toHeaders / 1e6 / pages);
		return new long[] { rows, pages, bytes };
	}

	/**
	 * The same rows and columns as the feed's SellOutLines, by COPY to nowhere, in the
	 * manufacturer's scope through the application's own role (row-level security applies
	 * as for the feed).
	 */
	private static long copy(ConfigurableApplicationContext context) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		DataSource dataSource = context.getBean(DataSource.class);
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				return connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut(
							"""
									copy (select l.report_id, l.line_no, l.distributor_id, d.code, l.period, l.sale_date,
									             l.document_no, l.client_inn, l.client_name, l.sku, coalesce(p.name, l.product_name),
									             p.group_id, l.region_code, l.client_segment, l.quantity, l.unit, l.price_net,
									             l.amount_net, coalesce(l.currency, 'RUB')
									        from sellout_report_lines l join distributor_directory d on d.id = l.distributor_id
									        left join catalog_products p on p.sku = l.sku
									       where l.report_status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
									       order by l.report_id, l.line_no) to stdout""",
							OutputStream.nullOutputStream());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		});
	}

	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count += Math.max(n, 0);
			return n;
		}

	}

}
