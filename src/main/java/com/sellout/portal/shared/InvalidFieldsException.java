package com.sellout.portal.shared;

import java.util.List;

/** Input refused field by field; the API answers 422 with each field and why. */
public class InvalidFieldsException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidFieldsException(List<FieldProblem> problems) {
		super("Invalid fields: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** One refused field and the reason, in the caller's language. */
	public record FieldProblem(String field, String message) {
	}

}
