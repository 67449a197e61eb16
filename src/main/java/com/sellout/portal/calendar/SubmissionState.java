package com.sellout.portal.calendar;

/**
 * Where an expected submission stands. The state follows the first accepted version of
 * the month's report; a withdrawal leaving no accepted report makes it owed again.
 */
public enum SubmissionState {

	/** Before the due time, nothing received. */
	EXPECTED,
	/** A report received waits for a person (its layout or products need mapping). */
	WAITING_FOR_YOU,
	/** Accepted by the due time. */
	ON_TIME,
	/** Accepted after the due time (also within the grace). */
	LATE,
	/** Past due, within the grace, nothing accepted. */
	OVERDUE,
	/** Past due and grace, nothing accepted (a rejected report counts as nothing). */
	MISSING,
	/** The manufacturer asked for a correction, until a newer version is accepted. */
	CORRECTION_REQUESTED;

	/** Whether an accepted report meets the submission. */
	public boolean isMet() {
		return this == ON_TIME || this == LATE;
	}

	/** Whether the due time passed with nothing accepted. */
	public boolean isOwed() {
		return this == OVERDUE || this == MISSING;
	}

}
