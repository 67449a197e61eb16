package com.sellout.portal.identity.security;

import com.sellout.portal.identity.CurrentUser;

/**
 * One way a logged-in person proves again who they are (their password, a code of their
 * second factor): {@link SensitiveActionInterceptor} accepts the proof when any accepts
 * it.
 */
interface IdentityProof {

	boolean accepts(CurrentUser user, String secret);

}
