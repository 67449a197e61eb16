package com.sellout.portal.web;

import com.sellout.portal.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose request is refused ({@link RefusedException}) answers 400 with the reason
 * in the user's language, instead of the error page of a fault. The API's refusals are
 * {@link ApiProblemAdvice}'s, which comes first.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageRefusalAdvice {

	private final MessageSource messages;

	PageRefusalAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RefusedException.class)
	String refused(RefusedException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason",
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return "error/refused";
	}

}
