package com.sellout.portal.sellout.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.shared.ExportNames;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the sell-out pages hand out. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name))
			.contentType(type)
			.body(body);
	}

	/**
	 * A report's original as received, streamed from the database into the response (a
	 * file of any size is never held whole); another distributor's report is not found.
	 */
	static SellOutReports.OriginalStream original(SellOutReports reports, long id, HttpServletResponse response) {
		return reports.original(id, found -> {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(found.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setContentType((found.contentType() == null || found.contentType().isBlank()
					? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(found.contentType()))
				.toString());
			response.setContentLengthLong(found.size());
			try {
				return response.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
