package com.sellout.portal.web;

import org.junit.jupiter.api.Test;

/**
 * A distributor's manager's pages on a phone, 390 × 844 (see {@link MenuPagesCheck}); the
 * desktop's in DistributorPagesBrowserTest.
 */
class DistributorPhonePagesBrowserTest extends MenuPagesCheck {

	@Test
	void aDistributorsManagersPagesOnAPhone() {
		everyPageOf("alfa.manager", 390);
	}

}
