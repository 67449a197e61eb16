package com.sellout.portal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API answers errors as RFC 9457 problem JSON: Spring MVC's own exceptions (bad
 * parameters, unsupported media types, 404s) through the base class, the rest here
 * without internals: a {@link RefusedException} is the caller's mistake (400 with the
 * reason in their language), an {@link IllegalArgumentException} from our own code is
 * ours (500, like any other fault). It comes before {@link PageRefusalAdvice}, which
 * would otherwise answer the API's refusals with a page.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Each field with its message key (as before) and the reason in the caller's
	 * language.
	 */
	@ExceptionHandler(InvalidFieldsException.class)
	ProblemDetail invalidFields(InvalidFieldsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				"Some fields are invalid; see errors.");
		Locale locale = LocaleContextHolder.getLocale();
		problem.setProperty("errors", ex.problems().stream().map(p -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", p.field());
			error.put("message", p.message());
			error.put("reason",
					p.message() == null ? null : messages.getMessage(p.message(), null, p.message(), locale));
			return error;
		}).toList());
		return problem;
	}

	@ExceptionHandler(RefusedException.class)
	ProblemDetail refused(RefusedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
	}

	/**
	 * A broken promise of our own code, not the caller's mistake: logged, and answered
	 * like any fault.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail internalError(IllegalArgumentException ex) {
		log.error("Request failed", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
	}

}
