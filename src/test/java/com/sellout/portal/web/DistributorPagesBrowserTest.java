package com.sellout.portal.web;

import org.junit.jupiter.api.Test;

/**
 * The standing check of the portal as a distributor's manager sees it: every page of the
 * menu and the cards its lists lead to (see {@link MenuPagesCheck}) on a desktop; on a
 * phone in DistributorPhonePagesBrowserTest, so that the two run side by side.
 */
class DistributorPagesBrowserTest extends MenuPagesCheck {

	@Test
	void aDistributorsManagersPagesOnADesktop() {
		everyPageOf("alfa.manager", 1440);
	}

}
