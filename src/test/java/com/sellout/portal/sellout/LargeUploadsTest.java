package com.sellout.portal.sellout;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sellout.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory stays bounded: three distributors upload a ~200 MB CSV each, at once, to a
 * portal whose JVM has a 1 GB heap; all three are stored (streamed into the database,
 * never held whole) and processed to ACCEPTED. Sell-out of 2014.
 */
@IntegrationTest
class LargeUploadsTest {

	private static final long TARGET_BYTES = 200L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void threeParallel200MbCsvUploadsAtOneGigabyteOfHeapAreStoredAndAccepted() throws Exception {
		long started = System.nanoTime();
		Process portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				LoadFixture.class.getName(), dir.resolve("data").toString())
			.redirectErrorStream(true)
			.start();
		List<String> output = new CopyOnWriteArrayList<>();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					output.add(line);
					if (line.startsWith("PORT ")) {
						port.complete(Integer.parseInt(line.substring(5).strip()));
					}
				}
			}
			catch (IOException ex) {
				// the portal ended
			}
			port.complete(-1);
		});
		reader.setDaemon(true);
		reader.start();
		try {
			String[][] senders = { { "alfa.manager", "2014-07" }, { "beta.manager", "2014-07" },
					{ "gamma.manager", "2014-07" } };
			List<Path> files = new ArrayList<>();
			int lines = 0;
			for (int i = 0; i < senders.length; i++) {
				Path file = dir.resolve("sales-" + i + ".csv");
				lines = write(file, i);
				files.add(file);
			}
			long generated = System.nanoTime();
			int http = port.get(3, TimeUnit.MINUTES);
			assertThat(http).as("the portal started: %s", tail(output)).isPositive();
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
			long uploadStart = System.nanoTime();
			for (int i = 0; i < senders.length; i++) {
				HttpRequest request = HttpRequest
					.newBuilder(
							URI.create("http://127.0.0.1:" + http + "/api/v1/sellout/reports?period=" + senders[i][1]))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((senders[i][0] + ":demo").getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "text/csv")
					.header("X-File-Name", "sales-" + i + ".csv")
					.timeout(Duration.ofMinutes(5))
					.POST(HttpRequest.BodyPublishers.ofFile(files.get(i)))
					.build();
				uploads.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
			}
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < senders.length; i++) {
				HttpResponse<String> answer = uploads.get(i).get(6, TimeUnit.MINUTES);
				assertThat(answer.statusCode()).as("%s: %s %s", senders[i][0], answer.body(), tail(output))
					.isIn(201, 202);
				ids.add(SellOutApi.JSON.readTree(answer.body()).path("id").asLong());
			}
			long stored = System.nanoTime();
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			List<JsonNode> reports = new ArrayList<>();
			for (int i = 0; i < senders.length; i++) {
				JsonNode report;
				do {
					Thread.sleep(1000);
					assertThat(portal.isAlive()).as("the portal is alive: %s", tail(output)).isTrue();
					HttpResponse<String> answer = client.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + http + "/api/v1/sellout/reports/" + ids.get(i)))
						.header("Authorization",
								"Basic " + Base64.getEncoder()
									.encodeToString((senders[i][0] + ":demo").getBytes(StandardCharsets.UTF_8)))
						.build(), HttpResponse.BodyHandlers.ofString());
					report = SellOutApi.JSON.readTree(answer.body());
				}
				while (List.of("RECEIVED", "PROCESSING").contains(report.path("status").asString())
						&& System.nanoTime() < deadline);
				reports.add(report);
			}
			for (JsonNode report : reports) {
				assertThat(report.path("status").asString()).as("%s %s", report, tail(output)).isEqualTo("ACCEPTED");
				assertThat(report.path("acceptedLines").asInt()).isEqualTo(lines);
			}
			portal.getOutputStream().close();
			assertThat(portal.waitFor(60, TimeUnit.SECONDS)).isTrue();
			reader.join(5000);
			String peak = output.stream().filter(line -> line.startsWith("PEAKHEAP ")).findFirst().orElse("PEAKHEAP ?");
			System.out.printf(
					"LARGE UPLOADS: 3 x %d MB (%d lines each) at -Xmx1g: generated in %d s, stored in %d s,"
							+ " all ACCEPTED %d s after the upload began; %d s in all; peak heap %s MB%n",
					Files.size(files.get(0)) / 1024 / 1024, lines, (generated - started) / 1_000_000_000,
					(stored - uploadStart) / 1_000_000_000, (System.nanoTime() - uploadStart) / 1_000_000_000,
					(System.nanoTime() - started) / 1_000_000_000, peak.substring(9));
		}
		finally {
			if (!portal.waitFor(60, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
	}

	/**
	 * A distributor's month of sales with long delivery addresses (as 1C writes them,
	 * with the consignee's instructions; under the column's 1,000 characters), up to
	 * about 200 MB; answers its lines.
	 */
	private static int write(Path file, int distributor) throws IOException {
		String address = ("Свердловская область, г. Екатеринбург, ул. Машиностроителей, д. 19, корп. 4, склад № 7, "
				+ "ворота 3, приёмка с 8:00 до 17:00 по рабочим дням, контактное лицо — кладовщик смены, телефон на воротах; "
				+ "разгрузка боковая, пропуск заказывать за сутки, паллеты не выше 1,6 м, сопроводительные документы в двух "
				+ "экземплярах, при отсутствии получателя груз оставлять нельзя, звонить диспетчеру склада, отдел ")
				+ distributor + " ";
		byte[] head = "Дата;Покупатель;ИНН;Адрес доставки;Артикул;Количество;Сумма без НДС\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] client = ";\"ООО \"\"Щитстрой\"\"\";6645390113;\"".getBytes(StandardCharsets.UTF_8);
		byte[] where = address.getBytes(StandardCharsets.UTF_8);
		int lines = 0;
		long written = head.length;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			out.write(head);
			while (written < TARGET_BYTES) {
				int day = 1 + lines % 28;
				byte[] date = ((day < 10 ? "0" : "") + day + ".07.2014").getBytes(StandardCharsets.US_ASCII);
				byte[] rest = (lines + "\";EL-1000" + (1 + lines % 5) + ";" + (1 + lines % 3) + ";2000,00\n")
					.getBytes(StandardCharsets.US_ASCII);
				out.write(date);
				out.write(client);
				out.write(where);
				out.write(rest);
				written += date.length + client.length + where.length + rest.length;
				lines++;
			}
		}
		return lines;
	}

	private static List<String> tail(List<String> lines) {
		return new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

}
