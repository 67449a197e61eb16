package com.sellout.portal.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Which logins and addresses are refused right now for too many failures, and until when:
 * told by the module that throttles logins (identity), so that the failed-logins page can
 * say so without the audit module reading another module's table.
 */
public interface LoginBlocks {

	/** Lower-cased login → blocked until. */
	Map<String, OffsetDateTime> blockedLogins();

	/** Address → blocked until. */
	Map<String, OffsetDateTime> blockedAddresses();

}
