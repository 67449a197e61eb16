package com.sellout.portal.database;

/**
 * Which distributors' rows the current unit of work may see. The database enforces it
 * with row-level security; there is deliberately no "unset" that means everything.
 *
 * @param allDistributors the manufacturer's or a system job's explicit all-distributors
 * scope
 * @param distributorId the one distributor a distributor's user works for, or null
 */
public record DataScope(boolean allDistributors, Long distributorId) {

	/** Sees no distributor-owned row at all: anonymous requests. */
	public static final DataScope NONE = new DataScope(false, null);

	/** Sees every distributor: manufacturer users and system jobs. */
	public static final DataScope ALL_DISTRIBUTORS = new DataScope(true, null);

	public DataScope {
		if (allDistributors && distributorId != null) {
			throw new IllegalArgumentException("A scope is either all distributors or one distributor");
		}
	}

	public static DataScope distributor(long distributorId) {
		return new DataScope(false, distributorId);
	}

	public boolean isDistributor() {
		return distributorId != null;
	}

}
