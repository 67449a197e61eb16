package com.sellout.portal.jobs;

/** Asks the cluster's jobs to do something sooner than their schedule. */
public interface Jobs {

	/**
	 * Runs a recurring job as soon as a node is free to, instead of at its next turn;
	 * nothing happens if it is running right now (it will run again at its turn).
	 */
	void runSoon(String recurringJob);

}
