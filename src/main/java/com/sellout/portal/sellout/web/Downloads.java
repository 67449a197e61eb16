package com.sellout.portal.sellout.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the sell-out pages hand out, and how a value is written in a downloaded table. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	/** A cell's text: numbers as written by people's spreadsheets ("1480.88"), nothing for no value. */
	static String cell(Object value) {
		return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
	}

}
