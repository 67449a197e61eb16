package com.sellout.portal.tasks;

/**
 * The object a task is about, with how it was named when the task was made (the owning
 * module's words, kept so the list needs no other module).
 */
public record TaskLink(LinkType type, long id, String label) {

	/** Where the object's page is. */
	public String href() {
		return switch (type) {
			case CLIENT -> "/clients/" + id;
			case REPORT -> "/sellout/reports/" + id;
			case THREAD -> "/conversations/" + id;
			case PROJECT -> "/projects/" + id;
		};
	}

}
