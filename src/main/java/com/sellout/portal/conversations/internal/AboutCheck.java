package com.sellout.portal.conversations.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.ConversationProjects;
import com.sellout.portal.sellout.ReportLine;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks what a new thread is about, in the caller's scope: an object the caller cannot
 * see is answered like a missing one (404), and so is an object of another distributor
 * than the one the thread is with. A line or a client names its client, which a manager
 * restricted to clients must have.
 */
@Component
public class AboutCheck {

	private final SellOutReports reports;

	private final Clients clients;

	private final Catalog catalog;

	private final ClientLimits limits;

	private final ObjectProvider<ConversationProjects> projects;

	AboutCheck(SellOutReports reports, Clients clients, Catalog catalog, ClientLimits limits,
			ObjectProvider<ConversationProjects> projects) {
		this.reports = reports;
		this.clients = clients;
		this.catalog = catalog;
		this.limits = limits;
		this.projects = projects;
	}

	/**
	 * What the thread is about, checked.
	 *
	 * @param distributorId the distributor the object belongs to, when it names one
	 * @param clientInn the client a line or a client thread is about
	 */
	public record Checked(About about, @Nullable Long distributorId, @Nullable Long clientId,
			@Nullable String clientInn) {
	}

	/**
	 * @param distributorId the distributor the thread is to be with, when already known
	 */
	public Checked check(About about, @Nullable Long distributorId) {
		return switch (about.type()) {
			case REPORT -> {
				SellOutReport report = report(required(about.reportId(), "reportId"), distributorId);
				yield new Checked(About.report(report.id()), report.distributorId(), null, null);
			}
			case LINE -> {
				SellOutReport report = report(required(about.reportId(), "reportId"), distributorId);
				ReportLine line = reports.line(report.id(), required(about.lineNo(), "lineNo"))
					.orElseThrow(NotFoundException::new);
				String inn = line.clientInn();
				if (!limits.maySee(inn)) {
					throw new NotFoundException();
				}
				yield new Checked(About.line(report.id(), line.lineNo()), report.distributorId(), null, inn);
			}
			case CLIENT -> {
				Client client = clients.find(required(about.clientId(), "clientId"))
					.orElseThrow(NotFoundException::new);
				List<Long> owners = clients.distributorsOf(client.id());
				Long owner = distributorId != null ? distributorId : owners.size() == 1 ? owners.get(0) : null;
				if (owner != null && !owners.contains(owner)) {
					throw new NotFoundException();
				}
				yield new Checked(About.client(client.id()), owner, client.id(), client.inn());
			}
			case PERIOD -> new Checked(About.period(required(about.period(), "period")), distributorId, null, null);
			case STOCK -> {
				String sku = Optional.ofNullable(about.sku()).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
				if (sku == null) {
					throw new RefusedException("conversations.about.missing", "sku");
				}
				catalog.findBySku(sku).orElseThrow(NotFoundException::new);
				yield new Checked(About.stock(sku, required(about.period(), "period")), distributorId, null, null);
			}
			case GENERAL -> new Checked(About.general(), distributorId, null, null);
			case PROJECT -> {
				long projectId = required(about.projectId(), "projectId");
				ConversationProjects lookup = projects.getIfAvailable();
				ConversationProjects.SeenProject project = (lookup == null
						? Optional.<ConversationProjects.SeenProject>empty() : lookup.seen(projectId))
					.orElseThrow(NotFoundException::new);
				if (distributorId != null && project.distributorId() != distributorId) {
					throw new NotFoundException();
				}
				yield new Checked(About.project(project.id()), project.distributorId(), null, null);
			}
		};
	}

	private SellOutReport report(long reportId, @Nullable Long distributorId) {
		SellOutReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
		if (distributorId != null && report.distributorId() != distributorId) {
			throw new NotFoundException();
		}
		return report;
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new RefusedException("conversations.about.missing", field);
		}
		return value;
	}

}
