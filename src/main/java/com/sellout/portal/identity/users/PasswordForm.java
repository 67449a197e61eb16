package com.sellout.portal.identity.users;

import com.sellout.portal.identity.UserAccounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change of one's own password. Not a trimmed form: every character typed counts,
 * spaces at either end too.
 */
public record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
		@NotBlank(message = "{validation.required}") @Size(min = UserAccounts.MIN_PASSWORD_LENGTH, max = 128,
				message = "{user.password.short}") String newPassword,
		@NotBlank(message = "{validation.required}") String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

}
