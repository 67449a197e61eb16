package com.sellout.portal.support;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person an administrator created (or whose password they reset) logs in with the
 * temporary password and chooses their own on the page the portal shows first, as they
 * would.
 */
public final class OwnPassword {

	private OwnPassword() {
	}

	/**
	 * @return the tab, logged in with the person's own password now in force
	 */
	public static PortalHttp chosen(PortalHttp tab, String login, String temporary, String own) {
		HttpResponse<String> answer = tab.login(login, temporary);
		assertThat(answer.headers().firstValue("Location").orElse("")).as("the first page after a temporary password")
			.endsWith("/profile/own-password");
		HttpResponse<String> chosen = PageForm.on(tab, "/profile/own-password", "[data-testid=own-password-form]")
			.fill("newPassword", own)
			.fill("confirmation", own)
			.submit();
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
		return tab;
	}

}
