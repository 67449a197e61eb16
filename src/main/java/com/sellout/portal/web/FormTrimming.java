package com.sellout.portal.web;

import java.lang.reflect.Constructor;
import java.util.Set;

import com.sellout.portal.shared.TrimmedForm;
import com.sellout.portal.shared.Untrimmed;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one binder that trims what people type: a text bound into a {@link TrimmedForm}
 * record's constructor arrives stripped, a blank one as {@code null}. It is a conversion
 * of text to text that matches only constructor parameters of such records, not a string
 * editor for every binding: an editor cannot tell a password from a name once a record is
 * bound through its constructor, and would trim the password forms too. Components marked
 * {@link Untrimmed} keep what was typed.
 * <p>
 * Every text-to-text conversion of the pages comes here and {@link #convert} decides, not
 * a condition on the converter: the conversion service caches its choice per pair of
 * types, which does not tell one record's parameter from another's with the same
 * constraints, so a choice made once could be reused for a password or withheld from a
 * form.
 */
@Configuration(proxyBeanMethods = false)
class FormTrimming implements WebMvcConfigurer, GenericConverter {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(this);
	}

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, String.class));
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return trims(targetType) ? TrimmedForm.text((String) source) : source;
	}

	private static boolean trims(TypeDescriptor targetType) {
		return targetType.getSource() instanceof MethodParameter parameter && parameter.getParameterIndex() >= 0
				&& parameter.getExecutable() instanceof Constructor<?>
				&& TrimmedForm.class.isAssignableFrom(parameter.getDeclaringClass())
				&& !targetType.hasAnnotation(Untrimmed.class);
	}

}
