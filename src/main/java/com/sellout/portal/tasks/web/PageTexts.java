package com.sellout.portal.tasks.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.shared.InvalidFieldsException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The pages' words: each refused field's reason in the reader's language. */
@Component
class PageTexts {

	private final MessageSource messages;

	PageTexts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> errors(InvalidFieldsException invalid) {
		return invalid.problems()
			.stream()
			.collect(Collectors.toMap(InvalidFieldsException.FieldProblem::field, p -> text(p.message()),
					(a, b) -> a + " " + b, LinkedHashMap::new));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
