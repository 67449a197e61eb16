package com.sellout.portal.sellout;

import java.util.List;

import com.sellout.portal.sellout.internal.LineColumn;
import com.sellout.portal.sellout.internal.LineValues;

/**
 * One stored line of a report in the canonical template — every value of the
 * {@link LineColumn catalogue} — with its problems when it is an exception. Pages read
 * the few values they show ({@link LineFigures}); downloads and the API go through the
 * catalogue.
 */
public record ReportLine(int lineNo, boolean accepted, boolean outOfPeriod, LineValues values,
		List<LineProblem> problems) implements LineFigures {
}
