package com.sellout.portal.identity.users;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.messaging.MailSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an integration account's card shows of its channels — tokens, delivery mode, the
 * intake addresses and whether the tag and From-only mail works, the FTP port — so that
 * the employee's card ({@link EmployeeController}) need not know the channels.
 */
@Component
class IntegrationCard {

	private final IntegrationAccounts integrations;

	private final MailSettings mail;

	private final int ftpPort;

	/**
	 * The FTP drop's port, read as a property: the FTP settings are the ingest module's,
	 * which depends on this one.
	 */
	IntegrationCard(IntegrationAccounts integrations, MailSettings mail,
			@Value("${portal.ftp.port:2121}") int ftpPort) {
		this.integrations = integrations;
		this.mail = mail;
		this.ftpPort = ftpPort;
	}

	/**
	 * Adds to the model what the card of integration account {@code id} shows of its
	 * channels.
	 */
	void describe(long id, Model model) {
		model.addAttribute("tokens", integrations.tokens(id));
		model.addAttribute("deliveryMode", integrations.deliveryMode(id));
		model.addAttribute("deliveryModes", IntegrationAccounts.DeliveryMode.values());
		IntegrationAccounts.MailIdentity identity = integrations.mailIdentity(id);
		model.addAttribute("mailIdentity", identity);
		model.addAttribute("intakeAddress", mail.intakeAddress());
		model.addAttribute("intakeTokenAddress", subaddress(identity.intakeToken()));
		model.addAttribute("intakeTagAddress", identity.intakeTag() == null ? null : subaddress(identity.intakeTag()));
		model.addAttribute("trustedAuthservIds", String.join(", ", mail.trustedAuthservIds()));
		model.addAttribute("ftpPort", String.valueOf(ftpPort));
	}

	/** {@code local+detail@domain} of the intake mailbox. */
	private String subaddress(String detail) {
		String address = mail.intakeAddress();
		int at = address.indexOf('@');
		return at < 0 ? address + "+" + detail : address.substring(0, at) + "+" + detail + address.substring(at);
	}

}
