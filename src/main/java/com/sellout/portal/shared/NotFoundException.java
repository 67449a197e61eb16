package com.sellout.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The object does not exist or is outside the user's scope. Both cases answer exactly the
 * same, so that nobody learns whether another distributor's object exists.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND, "Not found");
	}

}
