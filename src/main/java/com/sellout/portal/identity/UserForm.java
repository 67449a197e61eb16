package com.sellout.portal.identity;

import com.sellout.portal.shared.TrimmedForm;
import com.sellout.portal.shared.Untrimmed;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator fills in to create or edit an employee. Its text arrives trimmed
 * ({@link TrimmedForm}), except the password, taken as typed.
 *
 * @param password only when creating; empty: a password is generated and shown once
 */
public record UserForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}",
				message = "{user.login.format}") String login,
		@NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String name,
		@Email(message = "{validation.email}") @Size(max = 255, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}") String phone,
		@NotNull(message = "{validation.required}") Role role, Long distributorId,
		@Untrimmed @Size(max = 128, message = "{validation.tooLong}") String password) implements TrimmedForm {

	public UserForm {
		password = password == null || password.isEmpty() ? null : password;
	}

	/**
	 * The empty form of a new employee, with the role and distributor the page was opened
	 * for.
	 */
	public static UserForm of(Role role, Long distributorId) {
		return new UserForm(null, null, null, null, role, distributorId, null);
	}

	public static UserForm of(UserAccount user) {
		return new UserForm(user.login(), user.name(), user.email(), user.phone(), user.role(), user.distributorId(),
				null);
	}

}
