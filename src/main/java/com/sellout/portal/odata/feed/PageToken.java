package com.sellout.portal.odata.feed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code $skiptoken} of a next page: the snapshot that names the reports the read
 * serves, and where the last page ended — the key of its last row (keyset), or the rows
 * served so far when the reader asked for an {@code $orderby} of its own. Opaque to the
 * client (base64url); it holds no credential.
 */
record PageToken(@Nullable UUID snapshot, @Nullable List<Object> after, long offset) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	String encode() {
		StringBuilder text = new StringBuilder("1~").append(snapshot == null ? "" : snapshot.toString())
			.append('~')
			.append(offset);
		if (after != null) {
			for (Object value : after) {
				String typed;
				if (value instanceof Long number) {
					typed = "L" + number;
				}
				else if (value instanceof Integer number) {
					typed = "I" + number;
				}
				else if (value instanceof LocalDate date) {
					typed = "D" + date;
				}
				else if (value instanceof String string) {
					typed = "S" + string;
				}
				else {
					throw new IllegalArgumentException("No key of type " + value.getClass());
				}
				text.append('~').append(ENCODER.encodeToString(typed.getBytes(StandardCharsets.UTF_8)));
			}
		}
		return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	static PageToken decode(String token) throws ODataApplicationException {
		try {
			String[] parts = new String(DECODER.decode(token), StandardCharsets.UTF_8).split("~", -1);
			if (parts.length < 3 || !"1".equals(parts[0])) {
				throw invalid();
			}
			UUID snapshot = parts[1].isEmpty() ? null : UUID.fromString(parts[1]);
			long offset = Long.parseLong(parts[2]);
			List<Object> after = null;
			if (parts.length > 3) {
				after = new ArrayList<>();
				for (int i = 3; i < parts.length; i++) {
					String typed = new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8);
					String value = typed.substring(1);
					after.add(switch (typed.charAt(0)) {
						case 'L' -> Long.parseLong(value);
						case 'I' -> Integer.parseInt(value);
						case 'D' -> LocalDate.parse(value);
						case 'S' -> value;
						default -> throw invalid();
					});
				}
			}
			return new PageToken(snapshot, after, offset);
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
	}

	private static ODataApplicationException invalid() {
		return new ODataApplicationException("The $skiptoken is not one this feed gave; start the read again",
				HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
	}

}
