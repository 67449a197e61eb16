package com.sellout.portal.sellout.internal;

import com.sellout.portal.reading.UnreadableFileException;

/**
 * A file the pipeline will not read, with the reason as a message key for the sender's
 * language.
 */
final class RefusedFileException extends UnreadableFileException {

	RefusedFileException(String messageKey, String detail, Object... arguments) {
		super(messageKey, detail, null, arguments);
	}

	RefusedFileException(String messageKey, String detail, Throwable cause, Object... arguments) {
		super(messageKey, detail, cause, arguments);
	}

}
