package com.sellout.portal.conversations;

/** A message was added to a thread (its followers are told after the commit). */
public record ThreadMessagePosted(long threadId, long messageId) {
}
