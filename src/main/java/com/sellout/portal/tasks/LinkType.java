package com.sellout.portal.tasks;

/** What a task may be about: an object of another module, checked through its API. */
public enum LinkType {

	CLIENT, REPORT, THREAD, PROJECT

}
