package com.sellout.portal.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * How often a recurring job runs: every interval, counted from the end of the last run.
 */
public final class JobSchedules {

	private JobSchedules() {
	}

	public static Schedule every(Duration interval) {
		return Schedules.fixedDelay(interval);
	}

}
