package com.sellout.portal.tasks.internal;

import java.util.Optional;

import com.sellout.portal.tasks.LinkType;

/**
 * How a task's link to another module's object is checked, one strategy per type (a bean
 * each): through that module's public API, in the caller's scope. Empty when the object
 * is missing or the caller cannot see it — both are answered 404 alike. A type with no
 * strategy is refused as unknown.
 */
public interface LinkCheck {

	LinkType type();

	/** The object's name as the task keeps it, when the caller sees the object. */
	Optional<String> label(long id);

}
