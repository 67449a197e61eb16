package com.sellout.portal.tasks;

import com.sellout.portal.support.PortalHttp;

/** Pages and files as a logged-in tab gets them. */
record PortalTestPages(PortalHttp tab) {

	int status(String path) {
		return tab.get(path).statusCode();
	}

	String body(String path) {
		var response = tab.get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		return response.body();
	}

}
