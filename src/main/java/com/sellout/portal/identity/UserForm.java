package com.sellout.portal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to create or edit an employee. */
public class UserForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{user.login.format}")
	private String login;

	@NotBlank(message = "{validation.required}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String name;

	@Email(message = "{validation.email}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String email;

	@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}")
	private String phone;

	@NotNull(message = "{validation.required}")
	private Role role;

	private Long distributorId;

	/** Only when creating; empty: a password is generated and shown once. */
	@Size(max = 128, message = "{validation.tooLong}")
	private String password;

	public static UserForm of(UserAccount user) {
		UserForm form = new UserForm();
		form.login = user.login();
		form.name = user.name();
		form.email = user.email();
		form.phone = user.phone();
		form.role = user.role();
		form.distributorId = user.distributorId();
		return form;
	}

	public String getLogin() {
		return login;
	}

	public void setLogin(String login) {
		this.login = login == null ? null : login.strip();
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

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getDistributorId() {
		return distributorId;
	}

	public void setDistributorId(Long distributorId) {
		this.distributorId = distributorId;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password == null || password.isEmpty() ? null : password;
	}

}
