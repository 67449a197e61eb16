package com.sellout.portal.odata.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A role name that is not one of this database's reporting roles. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownReportingRole extends RuntimeException {

	UnknownReportingRole(String role) {
		super("No reporting role " + role);
	}

}
