package com.sellout.portal.ingest.ftp;

import org.apache.ftpserver.ipfilter.SessionFilter;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;

/**
 * Takes the Telnet signals out of the control connection before its lines are decoded. An
 * RFC 959 client aborts a transfer with {@code IAC IP}, {@code IAC DM} (the Synch, partly
 * sent as urgent data) and then {@code ABOR}; Apache FtpServer cannot decode those bytes,
 * answers 501 and never sees the {@code ABOR} — so the cut upload would be taken. Without
 * them the {@code ABOR} arrives like any other command. Installed on every new session
 * through the listener's session filter, just before the codec.
 */
final class TelnetCommands extends IoFilterAdapter implements SessionFilter {

	private static final int IAC = 0xFF;

	private static final int DATA_MARK = 0xF2;

	private static final String STATE = TelnetCommands.class.getName() + ".state";

	@Override
	public boolean accept(IoSession session) {
		session.getFilterChain().addBefore("codec", "telnet", this);
		return true;
	}

	@Override
	public void messageReceived(NextFilter next, IoSession session, Object message) {
		if (message instanceof IoBuffer buffer) {
			State state = (State) session.getAttribute(STATE, State.TEXT);
			if (state != State.TEXT || contains(buffer)) {
				State[] after = { state };
				IoBuffer text = stripped(buffer, after);
				session.setAttribute(STATE, after[0]);
				next.messageReceived(session, text);
				return;
			}
		}
		next.messageReceived(session, message);
	}

	private static boolean contains(IoBuffer buffer) {
		for (int i = buffer.position(); i < buffer.limit(); i++) {
			if ((buffer.get(i) & 0xFF) == IAC) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Without {@code IAC <command>} pairs and a data mark left alone after them (its
	 * urgent {@code IAC} is dropped by the socket); UTF-8 never holds the byte 0xFF. The
	 * signals may come in pieces over several reads: where one piece ended is kept in
	 * {@code state}.
	 */
	static IoBuffer stripped(IoBuffer buffer, State[] state) {
		IoBuffer out = IoBuffer.allocate(Math.max(1, buffer.remaining()));
		while (buffer.hasRemaining()) {
			int b = buffer.get() & 0xFF;
			if (state[0] == State.COMMAND) {
				state[0] = State.SIGNALLED; // the command byte (IP, DM, …) or an escaped
											// IAC: not text
				continue;
			}
			if (b == IAC) {
				state[0] = State.COMMAND;
				continue;
			}
			if (state[0] == State.SIGNALLED && b == DATA_MARK) {
				continue;
			}
			state[0] = State.TEXT;
			out.put((byte) b);
		}
		return out.flip();
	}

	enum State {

		TEXT, COMMAND, SIGNALLED

	}

}
