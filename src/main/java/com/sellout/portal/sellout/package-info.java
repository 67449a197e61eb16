/**
 * Sell-out: distributors' reports of what they sold, read from whatever they send (their
 * own spreadsheets and CSV, 1C EnterpriseData and CommerceML, the canonical JSON), mapped
 * to the canonical line, validated, and stored exactly once. The root package is the
 * module's API; other modules' SQL may read {@code sellout_report_states} (where each
 * report stands), {@code sellout_sales} (the accepted lines of the active sell-out
 * reports) and {@code stock_levels} (the accepted stock of the active stock reports),
 * nothing else of its tables. Stock reports (остатки) are reports of the other
 * {@link ReportKind kind}, through the same door. The BI feed and the reporting schema
 * also read {@code sellout_report_lines} (the accepted lines of reports in any status,
 * for paging over a snapshot of the active ones) and {@code sellout_report_summaries}
 * (the reports as listed, with {@code changed_at}: when a report last changed what the
 * figures show). The reporting calendar reads {@code sellout_report_activity} (when each
 * report was its month's active one). The scorecards read {@code sellout_line_quality}
 * (per active sell-out report: lines, accepted, products resolved without a person, valid
 * ИНН).
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors", "identity",
		"jobs", "mapping", "reading", "shared" })
@ReadViews({ "sellout_report_states", "sellout_sales", "stock_levels", "sellout_report_lines",
		"sellout_report_summaries", "sellout_report_activity", "sellout_line_quality" })
@NullMarked
package com.sellout.portal.sellout;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
