package com.sellout.portal.web;

import java.lang.reflect.Type;
import java.util.Map;

import com.sellout.portal.catalog.ProductForm;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserForm;
import com.sellout.portal.shared.TrimmedForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one trimming binder as a page's post meets it: records bound through their
 * constructors, the way Spring MVC binds them, with the conversions the application
 * registers.
 */
class FormTrimmingTest {

	private final DefaultFormattingConversionService conversions = conversions();

	private final LocalValidatorFactoryBean validator = validator();

	@Test
	void aFormRecordsTextArrivesTrimmedAndABlankAsNothing() {
		UserForm form = bind(UserForm.class, Map.of("login", "  anna.k  ", "name", "\tАнна Котова ", "email", "   ",
				"phone", "", "role", "DISTRIBUTOR_MANAGER"));

		assertThat(form.login()).isEqualTo("anna.k");
		assertThat(form.name()).isEqualTo("Анна Котова");
		assertThat(form.email()).isNull();
		assertThat(form.phone()).isNull();
		assertThat(form.role()).isEqualTo(Role.DISTRIBUTOR_MANAGER);
	}

	@Test
	void aPasswordIsTakenAsTyped() {
		UserForm user = bind(UserForm.class, Map.of("login", "anna", "password", "  two spaces  "));
		PasswordChange change = bind(PasswordChange.class,
				Map.of("currentPassword", " old ", "newPassword", "  new one  ", "confirmation", "   "));

		assertThat(user.password()).isEqualTo("  two spaces  ");
		assertThat(change.currentPassword()).isEqualTo(" old ");
		assertThat(change.newPassword()).isEqualTo("  new one  ");
		assertThat(change.confirmation()).as("a record that is not a trimmed form is left alone").isEqualTo("   ");
	}

	@Test
	void theChoiceFollowsTheRecordAndNotTheTypesAlone() {
		// the same constraints on both: a conversion service that cached its choice by
		// types would mix them
		assertThat(bind(Secret.class, Map.of("value", " as typed ")).value()).isEqualTo(" as typed ");
		assertThat(bind(Named.class, Map.of("value", " trimmed ")).value()).isEqualTo("trimmed");
		assertThat(bind(Secret.class, Map.of("value", " as typed ")).value()).isEqualTo(" as typed ");
	}

	@Test
	void eachFormsOwnRulesStillApplyAfterTrimming() {
		ClientForm client = bind(ClientForm.class, Map.of("name", "  ООО   «Ромашка» ", "inn", " 7707 083893 "));
		DistributorForm distributor = bind(DistributorForm.class,
				Map.of("code", " alfa ", "kpp", " 77010a001 ", "regions", "  66, 77  "));
		ProductForm product = bind(ProductForm.class, Map.of("sku", " A-1 ", "unit", "  ", "ean", " 4600-0000 "));

		assertThat(client.name()).as("only the client form collapses inner spaces").isEqualTo("ООО «Ромашка»");
		assertThat(client.inn()).isEqualTo("7707083893");
		assertThat(distributor.code()).isEqualTo("ALFA");
		assertThat(distributor.kpp()).isEqualTo("77010A001");
		assertThat(distributor.regions()).containsExactly("66", "77");
		assertThat(product.sku()).isEqualTo("A-1");
		assertThat(product.unit()).isEqualTo("шт");
		assertThat(product.ean()).isEqualTo("46000000");
	}

	@Test
	void aValueThatIsNotADateIsAnErrorOfItsField() {
		ServletRequestDataBinder binder = binder(DistributorForm.class,
				Map.of("code", "ALFA", "name", "ООО «Альфа»", "inn", "7707083893", "reportingFrequency", "MONTHLY",
						"contractStart", "первое мая", "contractEnd", "2026-12-31"));

		BindingResult result = binder.getBindingResult();
		assertThat(result.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
			.containsExactly("contractStart:typeMismatch");
		assertThat(result.getFieldValue("contractStart")).as("kept to be shown again").isEqualTo("первое мая");
		assertThat(result.getFieldValue("code")).isEqualTo("ALFA");
	}

	@Test
	void theOtherFieldsAreStillCheckedWhenOneCannotBeBound() {
		ServletRequestDataBinder binder = binder(DistributorForm.class,
				Map.of("code", "ALFA", "name", "  ", "contractStart", "первое мая"));

		assertThat(binder.getBindingResult().getFieldErrors())
			.extracting(error -> error.getField() + ":" + error.getCode())
			.containsExactlyInAnyOrder("contractStart:typeMismatch", "name:NotBlank", "inn:NotBlank",
					"reportingFrequency:NotNull");
	}

	private <T> T bind(Class<T> type, Map<String, String> parameters) {
		ServletRequestDataBinder binder = binder(type, parameters);
		assertThat(binder.getBindingResult().getAllErrors()).isEmpty();
		return type.cast(binder.getTarget());
	}

	private ServletRequestDataBinder binder(Class<?> type, Map<String, String> parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		parameters.forEach(request::addParameter);
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forMethodParameter(postedAs(type)));
		binder.setConversionService(conversions);
		binder.setValidator(validator);
		binder.construct(request);
		return binder;
	}

	/**
	 * A controller's parameter the way the pages declare it: {@code @Valid} and the
	 * form's type.
	 */
	private static MethodParameter postedAs(Class<?> type) {
		try {
			return new MethodParameter(FormTrimmingTest.class.getDeclaredMethod("post", Object.class), 0) {

				@Override
				public Class<?> getParameterType() {
					return type;
				}

				@Override
				public Type getGenericParameterType() {
					return type;
				}

			};
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unused")
	private static void post(@Valid Object form) {
	}

	private static DefaultFormattingConversionService conversions() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new FormTrimming().addFormatters(conversions);
		return conversions;
	}

	private static LocalValidatorFactoryBean validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return validator;
	}

	record Secret(@NotBlank(message = "{validation.required}") String value) {
	}

	record Named(@NotBlank(message = "{validation.required}") String value) implements TrimmedForm {
	}

	/** A record like the profile's password form: not a trimmed form. */
	record PasswordChange(String currentPassword, String newPassword, String confirmation) {
	}

}
