package com.sellout.portal.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.internal.ProjectBook;
import com.sellout.portal.projects.internal.ProjectsSettings;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a submitted project: the manufacturer approves it (protected for its
 * distributor for the configured days from today), rejects it with a required reason, or
 * extends an approved one's protection; the distributor marks an approved project won —
 * each line becoming a named order of the forecast for its delivery month — or lost.
 */
@Service
public class ProjectDecisions {

	/** The manufacturer's decision on a project under review. */
	public enum Decision {

		APPROVE, REJECT

	}

	/** The distributor's outcome of an approved project. */
	public enum Outcome {

		WON, LOST

	}

	/** The longest reason of a decision. */
	public static final int MAX_COMMENT = 2000;

	private static final int MAX_ORDER_PROJECT = 200;

	private final ProjectBook book;

	private final Projects projects;

	private final NamedOrders namedOrders;

	private final ProjectsSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	ProjectDecisions(ProjectBook book, Projects projects, NamedOrders namedOrders, ProjectsSettings settings,
			AuditLog audit, Clock clock) {
		this.book = book;
		this.projects = projects;
		this.namedOrders = namedOrders;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Project decide(long id, @Nullable Decision decision, @Nullable String comment) {
		CurrentUser me = manufacturer();
		ProjectStatus status = book.lockStatus(id).orElseThrow(NotFoundException::new);
		String reason = comment == null || comment.isBlank() ? null : comment.strip();
		if (decision == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("decision", "projects.decision.required")));
		}
		if (decision == Decision.REJECT && reason == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("comment", "projects.reason.required")));
		}
		if (reason != null && reason.length() > MAX_COMMENT) {
			throw new InvalidFieldsException(List.of(new FieldProblem("comment", "validation.tooLong")));
		}
		if (status != ProjectStatus.ON_REVIEW) {
			throw new RefusedException("projects.notOnReview");
		}
		Project project = projects.get(id);
		if (decision == Decision.APPROVE) {
			LocalDate today = LocalDate.now(clock);
			book.approve(id, me.login(), today, today.plusDays(settings.protectionDays()), reason);
			audit.record(AuditAction.PROJECT_APPROVED, "project", id, project.distributorId(), project.object());
		}
		else {
			book.reject(id, me.login(), reason);
			audit.record(AuditAction.PROJECT_REJECTED, "project", id, project.distributorId(),
					project.object() + ": " + reason);
		}
		return projects.get(id);
	}

	/**
	 * The manufacturer extends an approved project's protection by the configured days.
	 */
	@Transactional
	public Project extend(long id) {
		manufacturer();
		ProjectStatus status = book.lockStatus(id).orElseThrow(NotFoundException::new);
		if (status != ProjectStatus.APPROVED) {
			throw new RefusedException("projects.notApproved");
		}
		Project project = projects.get(id);
		LocalDate today = LocalDate.now(clock);
		LocalDate from = project.protectedUntil() == null || project.protectedUntil().isBefore(today) ? today
				: project.protectedUntil();
		LocalDate until = from.plusDays(settings.protectionDays());
		book.protectUntil(id, until);
		audit.record(AuditAction.PROJECT_EXTENDED, "project", id, project.distributorId(),
				project.object() + " → " + until);
		return projects.get(id);
	}

	/**
	 * The distributor marks its approved project won (its lines become named orders) or
	 * lost.
	 */
	@Transactional
	public Project outcome(long id, @Nullable Outcome outcome) {
		Projects.registrant();
		ProjectStatus status = book.lockStatus(id).orElseThrow(NotFoundException::new);
		if (outcome == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("outcome", "projects.outcome.required")));
		}
		if (status != ProjectStatus.APPROVED) {
			throw new RefusedException("projects.notApproved");
		}
		Project project = projects.get(id);
		book.outcome(id, outcome == Outcome.WON ? ProjectStatus.WON : ProjectStatus.LOST);
		if (outcome == Outcome.WON) {
			YearMonth now = YearMonth.now(clock);
			YearMonth month = project.deliveryDate() == null ? now : YearMonth.from(project.deliveryDate());
			if (month.isBefore(now)) {
				month = now;
			}
			String name = project.object().length() > MAX_ORDER_PROJECT
					? project.object().substring(0, MAX_ORDER_PROJECT) : project.object();
			for (Project.Line line : project.lines()) {
				namedOrders.create(new NamedOrderForm(project.distributorCode(), project.clientInn(), line.sku(),
						line.quantity().toPlainString(), month.toString(), name));
			}
		}
		audit.record(outcome == Outcome.WON ? AuditAction.PROJECT_WON : AuditAction.PROJECT_LOST, "project", id,
				project.distributorId(), project.object());
		return projects.get(id);
	}

	private static CurrentUser manufacturer() {
		CurrentUser me = Projects.person();
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("The manufacturer decides");
		}
		return me;
	}

}
