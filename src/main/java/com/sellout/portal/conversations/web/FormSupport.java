package com.sellout.portal.conversations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.conversations.NewMessage.NewAttachment;
import com.sellout.portal.conversations.internal.AttachmentRules;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the conversations' forms share: the files a form sent, the types its file input
 * offers, and the refusals shown on the form in the reader's language.
 */
@Component
class FormSupport {

	private final MessageSource messages;

	FormSupport(MessageSource messages) {
		this.messages = messages;
	}

	/** The files chosen, by their clean names; a file input left empty sends none. */
	static List<NewAttachment> attachments(@Nullable List<MultipartFile> files) {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			String original = file.getOriginalFilename();
			if (file.isEmpty() && (original == null || original.isBlank())) {
				continue;
			}
			try {
				attachments.add(new NewAttachment(AttachmentRules.cleanName(original), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return attachments;
	}

	/** The accept attribute of the file inputs: the types the rules take. */
	static String accept() {
		return AttachmentRules.TYPES.stream().sorted().map(t -> "." + t).collect(Collectors.joining(","));
	}

	/** The types the rules take, as the hint and the refusal both list them. */
	static String types() {
		return String.join(", ", AttachmentRules.TYPES.stream().sorted().toList());
	}

	/** Each field's problems, in the reader's language. */
	Map<String, String> errors(InvalidFieldsException invalid) {
		return invalid.problems()
			.stream()
			.collect(Collectors.toMap(InvalidFieldsException.FieldProblem::field, p -> message(p.message()),
					(a, b) -> a + " " + b, LinkedHashMap::new));
	}

	String text(RefusedException refused) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(),
				LocaleContextHolder.getLocale());
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
