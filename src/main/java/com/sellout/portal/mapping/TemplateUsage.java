package com.sellout.portal.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which reports were read with a template. The reports are sell-out's, and sell-out
 * depends on mapping, never the other way: so mapping asks through this interface and
 * sell-out answers it.
 */
public interface TemplateUsage {

	/**
	 * How many reports were read with each of these templates (a template never used is
	 * left out).
	 */
	Map<Long, Long> reportCounts(Collection<Long> templateIds);

	/** The reports read with the template, newest first, at most {@code limit}. */
	List<Long> reports(long templateId, int limit);

}
