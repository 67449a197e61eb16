package com.sellout.portal.web;

import com.sellout.portal.shared.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API answers errors as RFC 9457 problem JSON: Spring MVC's own exceptions (bad parameters,
 * unsupported media types, 404s) through the base class, the rest here without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidFieldsException.class)
	ProblemDetail invalidFields(InvalidFieldsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				"Some fields are invalid; see errors.");
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
