package com.sellout.portal.tasks.internal;

import java.util.Optional;

import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.tasks.LinkType;

import org.springframework.stereotype.Component;

/** A conversation the caller sees (conversations' own rules: scope, client limits). */
@Component
class ThreadLinkCheck implements LinkCheck {

	private final Conversations conversations;

	ThreadLinkCheck(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public LinkType type() {
		return LinkType.THREAD;
	}

	@Override
	public Optional<String> label(long id) {
		return conversations.find(id).map(t -> t.summary().subject());
	}

}
