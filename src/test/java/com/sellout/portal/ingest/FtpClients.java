package com.sellout.portal.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;

/**
 * Commons Net clients logged in to the portal's FTP drop, as a distributor's system would
 * be.
 */
final class FtpClients {

	private FtpClients() {
	}

	/** A plain FTP client that can also break an upload half-way. */
	static final class Plain extends FTPClient {

		/** Starts STOR, sends part of the bytes and resets the data connection. */
		/**
		 * Aborts as RFC 959 says: Telnet IP, the Synch (IAC as urgent data, then DM),
		 * then ABOR — the raw bytes, on the control connection.
		 */
		void abortWithTelnetSignals() throws IOException {
			OutputStream control = _socket_.getOutputStream();
			control.write(new byte[] { (byte) 0xFF, (byte) 0xF4 });
			control.flush();
			_socket_.sendUrgentData(0xFF);
			control.write(new byte[] { (byte) 0xF2, 'A', 'B', 'O', 'R', '\r', '\n' });
			control.flush();
		}

		void storeBroken(String path, byte[] part) throws IOException {
			Socket data = _openDataConnection_("STOR", path);
			data.getOutputStream().write(part);
			data.getOutputStream().flush();
			data.setSoLinger(true, 0);
			data.close();
			getReply();
		}

	}

	static Plain plain(int port, String login, String password) throws IOException {
		Plain client = new Plain();
		client.setDefaultTimeout(10_000);
		client.connect("localhost", port);
		client.login(login, password);
		client.enterLocalPassiveMode();
		client.setFileType(FTP.BINARY_FILE_TYPE);
		return client;
	}

	/**
	 * Explicit FTPS: AUTH TLS on the control port, data protected; the self-signed
	 * certificate accepted.
	 */
	static FTPSClient secure(int port, String login, String password) throws IOException {
		FTPSClient client = new FTPSClient(false);
		client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
		client.setDefaultTimeout(10_000);
		client.connect("localhost", port);
		client.execPBSZ(0);
		client.execPROT("P");
		if (!client.login(login, password)) {
			throw new IOException("FTPS login refused: " + client.getReplyString());
		}
		client.enterLocalPassiveMode();
		client.setFileType(FTP.BINARY_FILE_TYPE);
		return client;
	}

	static boolean store(FTPClient client, String path, byte[] content) {
		try {
			return client.storeFile(path, new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Optional<byte[]> read(FTPClient client, String path) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			return client.retrieveFile(path, out) ? Optional.of(out.toByteArray()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for a file in out/ (the result is written once the report is processed). */
	static byte[] await(FTPClient client, String path, Duration timeout) throws InterruptedException {
		long until = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < until) {
			Optional<byte[]> content = read(client, path);
			if (content.isPresent()) {
				return content.get();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No " + path + " within " + timeout);
	}

}
