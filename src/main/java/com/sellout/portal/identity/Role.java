package com.sellout.portal.identity;

/** What a user may do. Manufacturer roles see all distributors; distributor roles one. */
public enum Role {

	/**
	 * The manufacturer's administrator: users, distributors, master data, integrations.
	 */
	ADMIN(true),
	/** The manufacturer's channel manager or analyst. */
	ANALYST(true),
	/** A distributor's administrator: as a manager, plus the distributor's own users. */
	DISTRIBUTOR_ADMIN(false),
	/** A distributor's manager: reports, clients, messages of the distributor. */
	DISTRIBUTOR_MANAGER(false),
	/**
	 * A distributor's system (1C): delivers and reads its distributor's sell-out over the
	 * API; no pages.
	 */
	INTEGRATION(false);

	private final boolean manufacturer;

	Role(boolean manufacturer) {
		this.manufacturer = manufacturer;
	}

	public boolean isManufacturer() {
		return manufacturer;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
