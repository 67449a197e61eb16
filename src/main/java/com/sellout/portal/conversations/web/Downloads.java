package com.sellout.portal.conversations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.conversations.Conversations;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An attachment goes out as a download of bytes, whatever its name says: never rendered
 * inline, never sniffed into something a browser runs.
 */
final class Downloads {

	private Downloads() {
	}

	static void send(Conversations conversations, long threadId, long attachmentId, HttpServletResponse response) {
		conversations.download(threadId, attachmentId, file -> {
			response.setContentType("application/octet-stream");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
			response.setContentLengthLong(file.size());
			try {
				return response.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
