package com.sellout.portal.identity.users;

import com.sellout.portal.identity.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ProfileForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String name;

	@Email(message = "{validation.email}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String email;

	@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}")
	private String phone;

	@Pattern(regexp = "ru|en", message = "{validation.required}")
	private String language = "ru";

	static ProfileForm of(UserAccount account) {
		ProfileForm form = new ProfileForm();
		form.name = account.name();
		form.email = account.email();
		form.phone = account.phone();
		form.language = account.language();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null || phone.isBlank() ? null : phone.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
