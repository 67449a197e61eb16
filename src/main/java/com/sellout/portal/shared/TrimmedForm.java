package com.sellout.portal.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A form record whose text components arrive trimmed, a blank one as {@code null}. Pages
 * get that from the one web binder (the web module's {@code FormTrimming}), which acts
 * only on records marked with this interface, so password forms and every other binding
 * are left as typed; components marked {@link Untrimmed} are left too. Callers that build
 * a form from elsewhere (a JSON body, a file) use {@link #text} or {@link #trimmed} so
 * that the rule is the same. What a form does beyond that (upper case, collapsed spaces,
 * a GTIN's digits) stays in its compact constructor.
 */
public interface TrimmedForm {

	/** The rule: stripped, and {@code null} when nothing is left. */
	static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * A copy of the form with the rule applied to its text components (except
	 * {@link Untrimmed} ones).
	 */
	static <F extends Record & TrimmedForm> F trimmed(F form) {
		RecordComponent[] components = form.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				Object value = components[i].getAccessor().invoke(form);
				values[i] = value instanceof String text && !components[i].isAnnotationPresent(Untrimmed.class)
						? text(text) : value;
			}
			@SuppressWarnings("unchecked")
			Constructor<F> canonical = (Constructor<F>) form.getClass()
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("A form record that cannot be copied: " + form.getClass(), ex);
		}
	}

}
