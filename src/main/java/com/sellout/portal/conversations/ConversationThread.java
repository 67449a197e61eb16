package com.sellout.portal.conversations;

import java.util.List;

/** A thread with its messages (oldest first) and followers. */
public record ConversationThread(ThreadSummary summary, List<ThreadMessage> messages, List<Follower> followers) {

	public long id() {
		return summary.id();
	}

	/** Who is told of new messages. */
	public record Follower(long userId, String name, Side side) {
	}

}
