package com.sellout.portal.web;

import org.junit.jupiter.api.Test;

/**
 * The standing check of the portal as a distributor's manager sees it: every page of the
 * menu and the cards its lists lead to (see {@link MenuPagesCheck}).
 */
class DistributorPagesBrowserTest extends MenuPagesCheck {

	@Test
	void aDistributorsManagersPages() {
		everyPageOf("alfa.manager");
	}

}
