package com.sellout.portal.conversations;

/** How a message came: written in the portal, sent over the API, or a reply by e-mail. */
public enum Via {

	PORTAL, API, EMAIL

}
