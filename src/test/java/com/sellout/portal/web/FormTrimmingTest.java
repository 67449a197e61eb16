package com.sellout.portal.web;

import java.util.Map;

import com.sellout.portal.catalog.ProductForm;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserForm;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one trimming binder as a page's post meets it: records bound through their constructors, the
 * way Spring MVC binds them, with the conversions the application registers.
 */
class FormTrimmingTest {

	private final DefaultFormattingConversionService conversions = conversions();

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
	void eachFormsOwnRulesStillApplyAfterTrimming() {
		ClientForm client = bind(ClientForm.class, Map.of("name", "  ООО   «Ромашка» ", "inn", " 7707 083893 "));
		DistributorForm distributor = bind(DistributorForm.class,
				Map.of("code", " alfa ", "kpp", " 77010a001 ", "regions", "  66, 77  "));
		ProductForm product = bind(ProductForm.class, Map.of("sku", " A-1 ", "unit", "  ", "ean", " 4600-0000 "));

		assertThat(client.name()).as("only the client form collapses inner spaces").isEqualTo("ООО «Ромашка»");
		assertThat(client.inn()).isEqualTo("7707083893");
		assertThat(distributor.code()).isEqualTo("ALFA");
		assertThat(distributor.kpp()).isEqualTo("77010A001");
		assertThat(distributor.regions()).isEqualTo("66, 77");
		assertThat(product.sku()).isEqualTo("A-1");
		assertThat(product.unit()).isEqualTo("шт");
		assertThat(product.ean()).isEqualTo("46000000");
	}

	@Test
	void aValueThatIsNotADateIsAnErrorOfItsField() {
		ServletRequestDataBinder binder = binder(DistributorForm.class,
				Map.of("code", "ALFA", "contractStart", "первое мая", "contractEnd", "2026-12-31"));

		BindingResult result = binder.getBindingResult();
		assertThat(result.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
			.containsExactly("contractStart:typeMismatch");
		assertThat(result.getFieldValue("contractStart")).as("kept to be shown again").isEqualTo("первое мая");
		assertThat(result.getFieldValue("code")).isEqualTo("ALFA");
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
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(conversions);
		binder.construct(request);
		return binder;
	}

	private static DefaultFormattingConversionService conversions() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new FormTrimming().addFormatters(conversions);
		return conversions;
	}

	/** A record like the profile's password form: not a trimmed form. */
	record PasswordChange(String currentPassword, String newPassword, String confirmation) {
	}

}
