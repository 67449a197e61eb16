package com.sellout.portal.tasks.internal;

import java.util.Optional;

import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.tasks.LinkType;

import org.springframework.stereotype.Component;

/** A sell-out report of the caller's scope. */
@Component
class ReportLinkCheck implements LinkCheck {

	private final SellOutReports reports;

	ReportLinkCheck(SellOutReports reports) {
		this.reports = reports;
	}

	@Override
	public LinkType type() {
		return LinkType.REPORT;
	}

	@Override
	public Optional<String> label(long id) {
		return reports.find(id).map(r -> "№" + r.id() + " · " + r.distributor() + " · " + r.period());
	}

}
