package com.sellout.portal.conversations;

import java.util.Optional;

/**
 * What conversations need to know of a project a thread is about, implemented by the
 * projects module (which depends on this one, never the other way round): whether the
 * caller sees the project, whose it is and its name. Without an implementation no thread
 * can be about a project.
 */
public interface ConversationProjects {

	/** The project as the caller sees it; empty when missing or not visible. */
	Optional<SeenProject> seen(long projectId);

	record SeenProject(long id, long distributorId, String name) {
	}

}
