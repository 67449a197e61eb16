package com.sellout.portal.projects.internal;

import java.util.Optional;

import com.sellout.portal.conversations.ConversationProjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells conversations whether the caller sees a project a thread is about (row-level
 * security decides), whose it is and its name.
 */
@Component
class ProjectThreads implements ConversationProjects {

	private final ProjectBook book;

	ProjectThreads(ProjectBook book) {
		this.book = book;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SeenProject> seen(long projectId) {
		return book.find(projectId).map(p -> new SeenProject(p.id(), p.distributorId(), p.object()));
	}

}
