package com.sellout.portal.identity.users;

import com.sellout.portal.identity.PasswordRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change of one's own password. Not a trimmed form: every character typed counts,
 * spaces at either end too. The new password's rules are {@link PasswordRules}', checked
 * when it is stored.
 */
public record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
		@NotBlank(message = "{validation.required}") @Size(max = PasswordRules.MAX_LENGTH,
				message = "{validation.tooLong}") String newPassword,
		@NotBlank(message = "{validation.required}") String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

}
