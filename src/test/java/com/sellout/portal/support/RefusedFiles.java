package com.sellout.portal.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sell-out files as distributors' systems make them, each spoiled in one way a refusal
 * must name: workbooks whose ZIP holds a part twice, a DOCTYPE or too many parts; text
 * with an unclosed quote, a row longer than its header, or two charsets. Each starts from
 * a file the portal accepts. The sales are of January 2017, a year no other test uses.
 */
public final class RefusedFiles {

	/** A sale to a registered client of the demo data, at a catalog price. */
	public static final String HEADER = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС";

	public static final String SALE = "05.01.2017;ООО \"Щитстрой\";6645390113;EL-10001;2;1480,88";

	private RefusedFiles() {
	}

	/**
	 * The two sales as a workbook Excel would write: a header and the rows, strings
	 * shared.
	 */
	public static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("TDSheet");
			String[] header = HEADER.split(";");
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				top.createCell(i).setCellValue(header[i]);
			}
			for (int r = 1; r <= 2; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("0" + (4 + r) + ".01.2017");
				row.createCell(1).setCellValue("ООО \"Щитстрой\"");
				row.createCell(2).setCellValue("6645390113");
				row.createCell(3).setCellValue("EL-10001");
				row.createCell(4).setCellValue(2);
				row.createCell(5).setCellValue(1480.88);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The workbook with one of its parts stored a second time, under the same name or
	 * another case of it.
	 */
	public static byte[] withPartTwice(String part, String secondName) {
		return rewritten(workbook(), (name, data, out) -> {
			copy(out, name, data);
			if (name.equals(part)) {
				copy(out, secondName, data);
			}
		});
	}

	/**
	 * The workbook with a DOCTYPE (an entity definition, as in XXE) in one of its parts.
	 */
	public static byte[] withDoctypeIn(String part) {
		return rewritten(workbook(), (name, data, out) -> copy(out, name, !name.equals(part) ? data
				: replaceFirst(data, "?>", "?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")));
	}

	/** The workbook with this many tiny pictures more, as parts of their own. */
	public static byte[] withPictures(int count) {
		return rewritten(workbook(), (name, data, out) -> {
			copy(out, name, !name.equals("[Content_Types].xml") ? data : replaceFirst(data, "<Default ",
					"<Default Extension=\"png\" ContentType=\"image/png\"/><Default "));
			if (name.equals("[Content_Types].xml")) {
				for (int i = 1; i <= count; i++) {
					copy(out, "xl/media/image" + i + ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) i });
				}
			}
		});
	}

	/** Header and sale lines as text in a charset, without a byte-order mark. */
	public static byte[] text(Charset charset, String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
	}

	/** UTF-8 lines, then lines a windows-1251 program appended to the same file. */
	public static byte[] mixedCharsets(String[] utf8Lines, String[] windows1251Lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text(StandardCharsets.UTF_8, utf8Lines));
		out.writeBytes(text(Charset.forName("windows-1251"), windows1251Lines));
		return out.toByteArray();
	}

	private interface EntryCopier {

		void copy(String name, byte[] data, ZipArchiveOutputStream out) throws IOException;

	}

	private static byte[] rewritten(byte[] zip, EntryCopier copier) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip));
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				copier.copy(entry.getName(), in.readAllBytes(), out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void copy(ZipArchiveOutputStream out, String name, byte[] data) throws IOException {
		out.putArchiveEntry(new ZipArchiveEntry(name));
		out.write(data);
		out.closeArchiveEntry();
	}

	private static byte[] replaceFirst(byte[] data, String what, String with) {
		return edit(data, text -> text.replaceFirst(Pattern.quote(what), Matcher.quoteReplacement(with)));
	}

	private static byte[] edit(byte[] data, UnaryOperator<String> change) {
		return change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}

}
