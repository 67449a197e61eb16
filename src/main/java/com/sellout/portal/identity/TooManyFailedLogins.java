package com.sellout.portal.identity;

/**
 * What a login refused by the throttle tells its channel: how long to wait. Implemented
 * by the authentication's exception, so that a channel with its own replies (FTP) can say
 * so.
 */
public interface TooManyFailedLogins {

	/** Whole minutes to wait, at least one. */
	long minutesToWait();

}
