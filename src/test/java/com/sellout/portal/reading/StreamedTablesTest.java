package com.sellout.portal.reading;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file on disk is read as a stream: delimited text over several megabytes gives the
 * rows the bytes give (a character cut by a piece's end is no error), a byte of another
 * charset far into the file is refused with its line, and the formats parsed whole are
 * refused above their limit.
 */
class StreamedTablesTest {

	@TempDir
	Path dir;

	@Test
	void aLongTextFileGivesEveryRowAndACharacterAcrossAPieceBoundaryIsNoError() throws IOException {
		// «ё» is two bytes in UTF-8: with an odd-length prefix, some fall across each
		// megabyte's end
		String line = "EL-1;Розетка ёлочная;1\n";
		Path file = write("A;B;C\n", line, 200_000, null);
		List<RawRow> rows = new ArrayList<>();
		assertThat(TableReader.read(new TableFile(file, in -> in), rows::add, null)).isEqualTo(FileType.TEXT);
		assertThat(rows).hasSize(200_001);
		assertThat(rows.get(150_000).cells()).containsExactly("EL-1", "Розетка ёлочная", "1");
	}

	@Test
	void aByteOfAnotherCharsetFarIntoAUtf8FileIsRefusedWithItsLine() throws IOException {
		Path file = write("A;B;C\n", "EL-1;Розетка ёлочная;1\n", 150_000,
				new byte[] { 'X', ';', (byte) 0xC0, ';', '1', '\n' });
		assertThatThrownBy(() -> TableReader.read(new TableFile(file, in -> in), row -> {
		}, null)).isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo("reading.mixedEncoding");
			assertThat(refused.arguments()).containsExactly(150_002);
		});
	}

	@Test
	void anHtmlTableOverThirtyTwoMegabytesIsRefusedWithItsLimit() throws IOException {
		Path file = write("<html><body><table>\n", "<tr><td>EL-1</td><td>Розетка</td><td>1</td></tr>\n", 700_000, null);
		assertThat(Files.size(file)).isGreaterThan(TableReader.MAX_WHOLE_BYTES);
		assertThatThrownBy(() -> TableReader.read(new TableFile(file, in -> in), row -> {
		}, null)).isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo("reading.tooLargeToReadWhole");
			assertThat(refused.arguments()).containsExactly("HTML", 32L);
		});
	}

	private Path write(String head, String line, int times, byte[] tail) throws IOException {
		Path file = dir.resolve("table-" + System.nanoTime());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			out.write(head.getBytes(StandardCharsets.UTF_8));
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < times; i++) {
				out.write(bytes);
			}
			if (tail != null) {
				out.write(tail);
			}
		}
		return file;
	}

}
