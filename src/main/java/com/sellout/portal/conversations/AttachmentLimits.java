package com.sellout.portal.conversations;

import java.util.Set;

import com.sellout.portal.conversations.internal.AttachmentRules;

/**
 * The files a message may carry, for other modules that take files on the same terms (a
 * project's attachments): up to {@link #MAX_SIZE} bytes, of the {@link #TYPES}.
 */
public final class AttachmentLimits {

	public static final long MAX_SIZE = AttachmentRules.MAX_SIZE;

	public static final Set<String> TYPES = AttachmentRules.TYPES;

	private AttachmentLimits() {
	}

	/** The name a file is kept under (its last path segment, cleaned). */
	public static String cleanName(String original) {
		return AttachmentRules.cleanName(original);
	}

	/**
	 * Refuses ({@link com.sellout.portal.shared.RefusedException}) a file of another
	 * type, too large or empty, naming it.
	 */
	public static void check(String name, long size) {
		AttachmentRules.check(name, size);
	}

}
