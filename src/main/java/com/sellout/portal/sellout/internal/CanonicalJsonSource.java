package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import com.sellout.portal.mapping.CanonicalField;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON, {@code {"period": "YYYY-MM", "lines": [{field: value, ...}]}} (or
 * the array of lines alone), streamed token by token: numbers are kept as written,
 * unknown fields ignored. A stock report is {@code {"kind": "stock", "as_of":
 * "YYYY-MM-DD", "lines": [...]}}.
 */
final class CanonicalJsonSource implements LineSource {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Whether the JSON says it is a stock report ({@code "kind": "stock"}), read from its
	 * top level alone; anything else (no kind, an array of lines, no JSON object) is
	 * sell-out.
	 */
	static boolean isStock(byte[] content) {
		try (JsonParser parser = JSON.createParser(content)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("kind".equals(name) && value == JsonToken.VALUE_STRING) {
					return "stock".equalsIgnoreCase(parser.getString().strip());
				}
				parser.skipChildren();
			}
			return false;
		}
		catch (JacksonException ex) {
			return false; // its reading refuses it with the reason
		}
	}

	@Override
	public SourceInfo read(byte[] content, Consumer<SourceLine> lines) {
		String period = null;
		LocalDate asOf = null;
		try (JsonParser parser = JSON.createParser(content)) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.START_ARRAY) {
				readLines(parser, lines);
			}
			else if (token == JsonToken.START_OBJECT) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("period".equals(name) && value == JsonToken.VALUE_STRING) {
						period = parser.getString();
					}
					else if ("as_of".equals(name) && value == JsonToken.VALUE_STRING) {
						asOf = date(parser.getString());
					}
					else if ("lines".equals(name) && value == JsonToken.START_ARRAY) {
						readLines(parser, lines);
					}
					else {
						parser.skipChildren();
					}
				}
			}
			else {
				throw new RefusedFileException("sellout.rejected.badJson", "Neither an object nor an array", "1");
			}
		}
		catch (JacksonException ex) {
			throw new RefusedFileException("sellout.rejected.badJson", "Malformed JSON: " + ex.getOriginalMessage(), ex,
					ex.getLocation() == null ? "?" : ex.getLocation().getLineNr());
		}
		return SourceInfo.structured("JSON", period).withAsOf(asOf);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return SourceInfo.UNREADABLE;
		}
	}

	private static void readLines(JsonParser parser, Consumer<SourceLine> lines) {
		int number = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.START_OBJECT) {
				throw new RefusedFileException("sellout.rejected.badJson", "A line that is not an object",
						parser.currentLocation().getLineNr());
			}
			SourceLine line = new SourceLine(++number);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
					String text = parser.getString();
					CanonicalField.byKey(name).ifPresent(field -> line.set(field, text));
				}
				else {
					parser.skipChildren();
				}
			}
			lines.accept(line);
		}
	}

}
