package com.sellout.portal.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.YearMonth;

import com.sellout.portal.shared.DateTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Dates and months of the pages bound in one place: a date field accepts
 * {@code ДД.ММ.ГГГГ} as the date fragment shows it, and ISO {@code ГГГГ-ММ-ДД} from old
 * links, and shows a date as {@code 03.12.2026}; a month accepts {@code ГГГГ-ММ} (what
 * the month selects send, see {@link ListRequestFilter}). A form field that is no date is
 * the form's error ({@code typeMismatch.java.time.LocalDate}); a filter in the address
 * that is no date answers 400 with the same words.
 */
@ControllerAdvice(annotations = Controller.class)
class DateBinding {

	private final MessageSource messages;

	DateBinding(MessageSource messages) {
		this.messages = messages;
	}

	@InitBinder
	void dates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				setValue(DateTexts.date(text).orElseThrow(() -> new IllegalArgumentException("Not a date: " + text)));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : DateTexts.shown((LocalDate) getValue());
			}

		});
		binder.registerCustomEditor(YearMonth.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				setValue(DateTexts.month(text).orElseThrow(() -> new IllegalArgumentException("Not a month: " + text)));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : getValue().toString();
			}

		});
	}

	/** A date or month in the address that is none: the page says what it expects. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String notADate(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) throws MethodArgumentTypeMismatchException {
		Class<?> type = ex.getRequiredType();
		if ((type != LocalDate.class && type != YearMonth.class) || request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		String key = type == LocalDate.class ? "date.invalid" : "month.invalid";
		model.addAttribute("reason", messages.getMessage(key, new Object[] { String.valueOf(ex.getValue()) }, key,
				LocaleContextHolder.getLocale()));
		return "error/refused";
	}

}
