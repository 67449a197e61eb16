package com.sellout.portal.identity.users;

import com.sellout.portal.identity.UserAccounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordForm {

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	@NotBlank(message = "{validation.required}")
	@Size(min = UserAccounts.MIN_PASSWORD_LENGTH, max = 128, message = "{user.password.short}")
	private String newPassword;

	@NotBlank(message = "{validation.required}")
	private String confirmation;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
