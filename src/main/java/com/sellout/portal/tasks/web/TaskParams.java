package com.sellout.portal.tasks.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.tasks.InteractionKind;
import com.sellout.portal.tasks.InteractionState;
import com.sellout.portal.tasks.TaskState;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The values pages and the API take as text — a state, a kind, a distributor's code —
 * read one way, a bad one refused naming its field.
 */
@Component
class TaskParams {

	private final Distributors distributors;

	TaskParams(Distributors distributors) {
		this.distributors = distributors;
	}

	static @Nullable TaskState taskState(@Nullable String text, String field) {
		return value(TaskState.class, text, field, "tasks.state.unknown");
	}

	static TaskState requiredTaskState(@Nullable String text) {
		TaskState state = taskState(text, "state");
		if (state == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("state", "tasks.state.required")));
		}
		return state;
	}

	static @Nullable InteractionKind kind(@Nullable String text) {
		return value(InteractionKind.class, text, "kind", "interactions.kind.unknown");
	}

	static @Nullable InteractionState interactionState(@Nullable String text) {
		return value(InteractionState.class, text, "state", "interactions.state.unknown");
	}

	/**
	 * A distributor named by its code (or its id); one the caller does not see is
	 * missing, like one that does not exist.
	 */
	@Nullable Long distributor(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String typed = code.strip();
		return distributors.all()
			.stream()
			.filter(d -> d.code().equalsIgnoreCase(typed) || String.valueOf(d.id()).equals(typed))
			.map(Distributor::id)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** Each distributor's code by id, as far as the caller sees them. */
	Map<Long, String> codes() {
		return distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String text, String field,
			String key) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldsException(List.of(new FieldProblem(field, key)));
		}
	}

}
