package com.sellout.portal.reading;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sellout.portal.support.RefusedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.sellout.portal.support.RefusedFiles.HEADER;
import static com.sellout.portal.support.RefusedFiles.SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each refusal names its real cause, with the place in the file where it can be seen. */
class RefusalCausesTest {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	static Stream<Arguments> refusedFiles() {
		return Stream.of(
				arguments("a sheet stored twice",
						RefusedFiles.withPartTwice("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"),
						"reading.zipDuplicatePart", List.of("xl/worksheets/sheet1.xml")),
				arguments("shared strings stored twice in another case",
						RefusedFiles.withPartTwice("xl/sharedStrings.xml", "XL/SharedStrings.xml"),
						"reading.zipDuplicatePart", List.of("XL/SharedStrings.xml")),
				arguments("a DOCTYPE in the sheet", RefusedFiles.withDoctypeIn("xl/worksheets/sheet1.xml"),
						"reading.xlsxDoctype", List.of("xl/worksheets/sheet1.xml")),
				arguments("a DOCTYPE in the shared strings", RefusedFiles.withDoctypeIn("xl/sharedStrings.xml"),
						"reading.xlsxDoctype", List.of("xl/sharedStrings.xml")),
				arguments("a thousand parts and more", RefusedFiles.withPictures(1_000), "reading.zipTooManyParts",
						List.of(1_000)),
				arguments("a quote never closed",
						RefusedFiles.text(StandardCharsets.UTF_8, HEADER, SALE,
								"06.01.2017;\"ООО Щитстрой;6645390113;EL-10001;2;1480,88", SALE),
						"reading.csvUnclosedQuote", List.of(3, 2)),
				arguments("a quote never closed, in a later column after a multi-line value",
						RefusedFiles.text(StandardCharsets.UTF_8, HEADER,
								"05.01.2017;\"ООО\nЩитстрой\";6645390113;EL-10001;2;1480,88",
								"06.01.2017;ООО Щитстрой;6645390113;\"EL-10001;2;1480,88"),
						"reading.csvUnclosedQuote", List.of(4, 4)),
				arguments("characters after a closing quote",
						RefusedFiles.text(StandardCharsets.UTF_8, HEADER,
								"05.01.2017;\"ООО \"Щитстрой\"\";6645390113;EL-10001;2;1480,88"),
						"reading.csvAfterQuote", List.of(2, 2)),
				arguments("a row longer than the header",
						RefusedFiles.text(StandardCharsets.UTF_8, HEADER, SALE,
								"06.01.2017;ООО Щитстрой; Екатеринбург;6645390113;EL-10001;2;1480,88", SALE),
						"reading.csvLongRow", List.of(3, 7, 6)),
				arguments("a long row below title lines and a shorter one",
						RefusedFiles.text(StandardCharsets.UTF_8, "Отчёт о продажах за январь 2023",
								"Дистрибьютор;АО Гамма Энерго", "", HEADER,
								"05.01.2017;ООО Щитстрой;6645390113;EL-10001;2", SALE + ";;;",
								"07.01.2017;ООО Щитстрой;6645390113;EL-10001;2;1480;88"),
						"reading.csvLongRow", List.of(7, 7, 6)),
				arguments("UTF-8 with a line appended in windows-1251",
						RefusedFiles.mixedCharsets(new String[] { HEADER, SALE },
								new String[] { "06.01.2017;ООО Ромашка;6645390113;EL-10001;1;740,44" }),
						"reading.mixedEncoding", List.of(3)),
				arguments("UTF-8 with a BOM and a windows-1251 line",
						concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
								RefusedFiles.mixedCharsets(new String[] { "Дата;Покупатель" },
										new String[] { "05.01.2017;Ромашка" })),
						"reading.mixedEncoding", List.of(2)),
				arguments("windows-1251 first, then UTF-8",
						concat(RefusedFiles.text(WINDOWS_1251, HEADER, SALE),
								RefusedFiles.text(StandardCharsets.UTF_8,
										"06.01.2017;ООО Ромашка;6645390113;EL-10001;1;740,44")),
						"reading.mixedEncoding", List.of(1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void refusalsNameTheirCause(String file, byte[] content, String key, List<Object> arguments) {
		assertThatThrownBy(() -> read(content)).isInstanceOf(UnreadableFileException.class).satisfies(ex -> {
			UnreadableFileException refused = (UnreadableFileException) ex;
			assertThat(refused.messageKey()).as(refused.getMessage()).isEqualTo(key);
			assertThat(refused.arguments()).containsExactlyElementsOf(arguments);
		});
	}

	static Stream<Arguments> readFiles() {
		String[] lines = { HEADER, "05.01.2017;ООО «ТОРГОВЫЙ ДОМ»;6645390113;EL-10001;2;1480,88",
				"06.01.2017;ООО «ЛЕВ»;6645390113;EL-10001;1" };
		return Stream.of(arguments("UTF-16LE without a mark", RefusedFiles.text(StandardCharsets.UTF_16LE, lines)),
				arguments("UTF-16BE without a mark", RefusedFiles.text(StandardCharsets.UTF_16BE, lines)),
				arguments("UTF-8", RefusedFiles.text(StandardCharsets.UTF_8, lines)),
				// «М»» and «В»» are valid two-byte UTF-8 in windows-1251: lone
				// look-alikes, not UTF-8 text
				arguments("windows-1251 with capitals before »", RefusedFiles.text(WINDOWS_1251, lines)),
				arguments("windows-1251 with trailing delimiters",
						RefusedFiles.text(WINDOWS_1251, lines[0] + ";;", lines[1] + ";;;", lines[2])));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readFiles")
	void textInAnyOfTheseCharsetsIsReadAndAShortRowHasEmptyTrailingFields(String file, byte[] content) {
		List<RawRow> rows = read(content);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).cells()).startsWith("Дата", "Покупатель", "ИНН", "Артикул", "Количество",
				"Сумма без НДС");
		assertThat(rows.get(1).cells()).startsWith("05.01.2017", "ООО «ТОРГОВЫЙ ДОМ»", "6645390113", "EL-10001", "2",
				"1480,88");
		assertThat(rows.get(2).cell(1)).isEqualTo("ООО «ЛЕВ»");
		assertThat(rows.get(2).cell(4)).isEqualTo("1");
		assertThat(rows.get(2).cell(5)).isEmpty();
	}

	@Test
	void theUntouchedWorkbookIsRead() {
		List<RawRow> rows = read(RefusedFiles.workbook());
		assertThat(rows).hasSize(3);
		assertThat(rows.get(2).cells()).containsExactly("06.01.2017", "ООО \"Щитстрой\"", "6645390113", "EL-10001", "2",
				"1480.88");
		assertThat(read(RefusedFiles.withPictures(980))).hasSize(3);
	}

	@Test
	void whatTheReceiverOfTheRowsThrowsIsNotAFileProblem() {
		IllegalStateException ours = new IllegalStateException("Staging a line failed");
		byte[] csv = RefusedFiles.text(StandardCharsets.UTF_8, HEADER, SALE);
		assertThatThrownBy(() -> TableReader.read(csv, row -> {
			if (row.number() == 2) {
				throw ours;
			}
		})).isSameAs(ours);
	}

	private static List<RawRow> read(byte[] content) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(content, rows::add);
		return rows;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
