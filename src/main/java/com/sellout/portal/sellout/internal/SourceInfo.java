package com.sellout.portal.sellout.internal;

import com.sellout.portal.sellout.Layout;

/**
 * What reading a file told about it besides its lines.
 *
 * @param format    the format read: XLSX, XLS, HTML, CSV, ENTERPRISE_DATA 1.6, COMMERCE_ML 2.08, JSON
 * @param period    the period the file itself names ("YYYY-MM"), if any
 * @param layout    the table layout applied (tables only)
 * @param signature the table header's signature (tables only)
 * @param fromTemplate whether the layout came from the distributor's template
 */
record SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate) {

	static SourceInfo structured(String format, String period) {
		return new SourceInfo(format, period, null, null, false);
	}

}
