package com.sellout.portal.ingest.ftp;

import java.nio.charset.StandardCharsets;

import org.apache.mina.core.buffer.IoBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telnet signals of an RFC 959 abort leave the command line, also when they come in
 * pieces.
 */
class TelnetCommandsTest {

	@Test
	void signalsInOnePieceLeaveTheAbor() {
		assertThat(text(new TelnetCommands.State[] { TelnetCommands.State.TEXT },
				bytes(0xFF, 0xF4, 0xFF, 0xF2, 'A', 'B', 'O', 'R', '\r', '\n')))
			.isEqualTo("ABOR\r\n");
	}

	@Test
	void signalsOverSeveralReadsWithTheUrgentByteDroppedLeaveTheAbor() {
		TelnetCommands.State[] state = { TelnetCommands.State.TEXT };
		assertThat(text(state, bytes(0xFF))).isEmpty();
		assertThat(text(state, bytes(0xF4))).isEmpty();
		assertThat(text(state, bytes(0xF2, 'A', 'B', 'O', 'R', '\r', '\n'))).isEqualTo("ABOR\r\n");
	}

	@Test
	void aFileNameInUtf8IsLeftAlone() {
		byte[] name = "STOR /in/отчёт 😀.csv\r\n".getBytes(StandardCharsets.UTF_8);
		TelnetCommands.State[] state = { TelnetCommands.State.TEXT };
		assertThat(text(state, bytes(0xFF, 0xF4))).isEmpty();
		assertThat(text(state, name)).isEqualTo("STOR /in/отчёт 😀.csv\r\n");
	}

	private static String text(TelnetCommands.State[] state, byte[] piece) {
		IoBuffer out = TelnetCommands.stripped(IoBuffer.wrap(piece), state);
		byte[] bytes = new byte[out.remaining()];
		out.get(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
