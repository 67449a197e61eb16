package com.sellout.portal.web;

import org.junit.jupiter.api.Test;

/**
 * The manufacturer's administrator's pages on a phone, 390 × 844 (see
 * {@link MenuPagesCheck}); the desktop's in PortalPagesBrowserTest, so that the longest
 * menu is checked in two test JVMs side by side.
 */
class ManufacturerPhonePagesBrowserTest extends MenuPagesCheck {

	@Test
	void theManufacturersAdministratorsPagesOnAPhone() {
		everyPageOf("admin", 390);
	}

}
