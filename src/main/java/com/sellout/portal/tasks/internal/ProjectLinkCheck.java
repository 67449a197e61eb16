package com.sellout.portal.tasks.internal;

import java.util.Optional;

import com.sellout.portal.projects.Projects;
import com.sellout.portal.tasks.LinkType;

import org.springframework.stereotype.Component;

/**
 * A project the caller sees (a distributor's: its own; the manufacturer: every one),
 * named by its object.
 */
@Component
class ProjectLinkCheck implements LinkCheck {

	private final Projects projects;

	ProjectLinkCheck(Projects projects) {
		this.projects = projects;
	}

	@Override
	public LinkType type() {
		return LinkType.PROJECT;
	}

	@Override
	public Optional<String> label(long id) {
		return projects.find(id).map(project -> project.object());
	}

}
