package com.sellout.portal.mapping.web;

import java.util.Locale;

import com.sellout.portal.mapping.CanonicalField;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A canonical field in a request — a form's select, a query parameter, a path — is named
 * by its key, as pages render it and the canonical JSON writes it ("client_inn"), never
 * by the enum's constant. The one place a field is bound from a request: every handler
 * gets the same answer.
 */
@Configuration(proxyBeanMethods = false)
class CanonicalFieldBinding implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(CanonicalField.class, new ByKey());
	}

	static final class ByKey implements Formatter<CanonicalField> {

		@Override
		public CanonicalField parse(String text, Locale locale) {
			String key = text == null ? "" : text.strip();
			for (CanonicalField field : CanonicalField.values()) {
				if (field.key().equals(key)) {
					return field;
				}
			}
			throw new IllegalArgumentException("Not a canonical field: " + text);
		}

		@Override
		public String print(CanonicalField field, Locale locale) {
			return field.key();
		}

	}

}
