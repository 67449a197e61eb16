package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.ingest.internal.DeliveryAnswer;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports.LineFilter;
import com.sellout.portal.shared.TableFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The FTP drop's answer: {@code out/<name>.result.json} with what became of the file and,
 * when the report has exceptions, {@code out/<name>.exceptions.xlsx} with each line and
 * why; a file put into {@code in/stock/} is answered the same way in {@code out/stock/}.
 * The spreadsheet is written first and the JSON last, each under a temporary name and
 * then moved, so that a client seeing the JSON finds both complete.
 */
@Component
class FtpResultFiles implements DeliveryAnswer {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final FtpDrop drop;

	private final ReportLinesTable lines;

	private final MailSettings mail;

	FtpResultFiles(FtpDrop drop, ReportLinesTable lines, MailSettings mail) {
		this.drop = drop;
		this.lines = lines;
		this.mail = mail;
	}

	@Override
	public String channel() {
		return "FTP";
	}

	@Override
	public void answer(OpenDelivery delivery, List<FileResult> files, Locale language) {
		Path out = drop.outFolder(delivery.receivedBy());
		for (FileResult file : files) {
			String name = delivery.resultPath() == null ? file.fileName() : delivery.resultPath();
			// a file put into in/stock/ is answered in out/stock/
			Path folder = out;
			if (name.startsWith(DropIntake.STOCK + "/")) {
				folder = out.resolve(DropIntake.STOCK);
				name = name.substring(DropIntake.STOCK.length() + 1);
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("file", file.fileName());
			result.put("delivery", delivery.id());
			SellOutReport report = file.report();
			result.put("status", report == null ? "REJECTED" : report.status().name());
			result.put("reason", file.reason());
			if (report != null) {
				boolean stock = report.kind() == ReportKind.STOCK;
				result.put("report", report.id());
				result.put("duplicate", !file.newReport());
				// a file refused because its kind could not be told has none
				result.put("kind", "sellout.rejected.kind".equals(report.rejectionKey()) ? null : report.kind().name());
				result.put("period", report.period());
				if (stock) {
					result.put("asOf", report.asOf() == null ? null : report.asOf().toString());
				}
				result.put("lines", report.lines());
				result.put("acceptedLines", report.acceptedLines());
				result.put("exceptions", report.exceptions());
				result.put("deviations", report.deviations());
				result.put("outOfPeriod", report.outOfPeriod());
				result.put("acceptedQuantity", report.acceptedQuantity());
				result.put("acceptedAmountNet", report.acceptedAmountNet());
				result.put("url", mail.link((stock ? "/sellout/stock-reports/" : "/sellout/reports/") + report.id()));
				if (report.exceptions() > 0) {
					String exceptions = name + ".exceptions.xlsx";
					write(out, folder, exceptions, TableFiles.xlsx(report.distributor(),
							lines.rows(report.id(), LineFilter.EXCEPTIONS, language)));
					result.put("exceptionsFile", exceptions);
				}
			}
			write(out, folder, name + ".result.json", JSON.writeValueAsBytes(result));
		}
	}

	/**
	 * Writes the file into the folder under a temporary name in the home (beside
	 * {@code out/}, where no client looks), then moves it in.
	 */
	private static void write(Path out, Path folder, String name, byte[] content) {
		try {
			Files.createDirectories(folder);
			Path temporary = out.resolveSibling("." + name + ".part");
			Files.write(temporary, content);
			Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the FTP result " + name, ex);
		}
	}

}
