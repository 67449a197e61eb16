package com.sellout.portal.conversations.web;

import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;

import org.springframework.stereotype.Component;

/**
 * How many threads the logged-in person follows have messages they have not read, for the
 * navigation: the layout asks as it renders, so no other module's controllers know of
 * conversations.
 */
@Component("conversationBadge")
public class ConversationBadge {

	private final Conversations conversations;

	ConversationBadge(Conversations conversations) {
		this.conversations = conversations;
	}

	public int unread() {
		return CurrentUser.get()
			.filter(me -> me.role() != Role.INTEGRATION)
			.map(me -> conversations.unreadThreads())
			.orElse(0);
	}

}
