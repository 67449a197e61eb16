package com.sellout.portal.identity.users;

import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.shared.TrimmedForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The current user's own details and language; its text arrives trimmed
 * ({@link TrimmedForm}).
 */
public record ProfileForm(
		@NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String name,
		@Email(message = "{validation.email}") @Size(max = 255, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}") String phone,
		@Pattern(regexp = "ru|en", message = "{validation.required}") String language) implements TrimmedForm {

	/** Russian unless the page says otherwise. */
	public ProfileForm {
		language = language == null ? "ru" : language;
	}

	static ProfileForm of(UserAccount account) {
		return new ProfileForm(account.name(), account.email(), account.phone(), account.language());
	}

}
