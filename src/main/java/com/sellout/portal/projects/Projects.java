package com.sellout.portal.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.conversations.AttachmentLimits;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.internal.ProjectBook;
import com.sellout.portal.projects.internal.ProjectChecks;
import com.sellout.portal.projects.internal.ProjectClients;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects of the caller's scope: a distributor's people register, edit (while a
 * draft) and submit their distributor's own; the manufacturer's people see every
 * distributor's, and only they see conflicts. Another distributor's project answers as
 * missing, everywhere. Decisions and outcomes are {@link ProjectDecisions}'.
 */
@Service
public class Projects {

	private final ProjectBook book;

	private final ProjectChecks checks;

	private final ProjectClients clients;

	private final Catalog catalog;

	private final SalesFigures sales;

	private final AuditLog audit;

	Projects(ProjectBook book, ProjectChecks checks, ProjectClients clients, Catalog catalog, SalesFigures sales,
			AuditLog audit) {
		this.book = book;
		this.checks = checks;
		this.clients = clients;
		this.catalog = catalog;
		this.sales = sales;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageSlice<ProjectSummary> find(ProjectFilter filter, ListQuery query) {
		CurrentUser me = person();
		return book.find(me.isManufacturer() ? filter : new ProjectFilter(filter.status(), null), query,
				me.isManufacturer());
	}

	/** Every project of the filter in the list's order (exports), page by page. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> all(ProjectFilter filter, ListQuery query) {
		List<ProjectSummary> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageSlice<ProjectSummary> slice = find(filter,
					new ListQuery(query.search(), query.sort(), query.descending(), page, ListQuery.MAX_SIZE));
			all.addAll(slice.items());
			if (slice.items().size() < ListQuery.MAX_SIZE) {
				return all;
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<Project> find(long id) {
		person();
		return book.find(id).map(this::named);
	}

	@Transactional(readOnly = true)
	public Project get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/** Whether the caller sees the project. */
	@Transactional(readOnly = true)
	public boolean visible(long projectId) {
		return CurrentUser.get().isPresent() && book.find(projectId).isPresent();
	}

	/** A project's client and lines for a commercial proposal; empty when not visible. */
	@Transactional(readOnly = true)
	public Optional<ProjectForQuote> forQuote(long projectId) {
		if (CurrentUser.get().isEmpty()) {
			return Optional.empty();
		}
		return book.find(projectId)
			.map(p -> new ProjectForQuote(p.id(), p.object(), p.clientInn(),
					p.clientName() == null ? "" : p.clientName(),
					p.lines().stream().map(l -> new ProjectForQuote.Item(l.sku(), l.quantity())).toList()));
	}

	/**
	 * Registers a project of the caller's distributor: a draft, or submitted at once
	 * (then its client is linked or registered, and it waits for the manufacturer).
	 */
	@Transactional
	public Project create(ProjectForm form, boolean submit) {
		CurrentUser me = registrant();
		ProjectBook.Row row = checks.check(form, me.distributorId());
		long id = book.insert(clients.link(row, submit), me.id(),
				me.name() == null || me.name().isBlank() ? me.login() : me.name());
		if (submit) {
			book.submit(id);
		}
		audit.record(submit ? AuditAction.PROJECT_SUBMITTED : AuditAction.PROJECT_SAVED, "project", id,
				me.distributorId(), row.clientInn() + " " + row.object());
		return get(id);
	}

	/** Changes a draft of the caller's distributor, and submits it when asked. */
	@Transactional
	public Project update(long id, ProjectForm form, boolean submit) {
		CurrentUser me = registrant();
		ProjectStatus status = book.lockStatus(id).orElseThrow(NotFoundException::new);
		if (status != ProjectStatus.NEW) {
			throw new RefusedException("projects.notDraft");
		}
		ProjectBook.Row row = checks.check(form, me.distributorId());
		book.update(id, clients.link(row, submit));
		if (submit) {
			book.submit(id);
		}
		audit.record(submit ? AuditAction.PROJECT_SUBMITTED : AuditAction.PROJECT_SAVED, "project", id,
				me.distributorId(), row.clientInn() + " " + row.object());
		return get(id);
	}

	/** Submits a draft as it is. */
	@Transactional
	public Project submit(long id) {
		Project project = get(id);
		return update(id, formOf(project), true);
	}

	/**
	 * Other distributors' active projects in conflict with this one — for the
	 * manufacturer only; a distributor's caller gets none, whatever exists.
	 */
	@Transactional(readOnly = true)
	public List<ProjectConflict> conflicts(long id) {
		CurrentUser me = person();
		if (!me.isManufacturer()) {
			return List.of();
		}
		get(id);
		return book.conflicts(id);
	}

	/**
	 * Registered against delivered: per line, the distributor's sell-out of that SKU to
	 * the project's client from the month of the approval on (analytics' figures, in the
	 * caller's scope). Empty before an approval.
	 */
	@Transactional(readOnly = true)
	public List<ProjectDelivery> delivered(long id) {
		Project project = get(id);
		Map<String, BigDecimal> registered = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Project.Line line : project.lines()) {
			registered.merge(line.sku(), line.quantity(), BigDecimal::add);
			names.putIfAbsent(line.sku(), line.productName());
		}
		Map<String, BigDecimal> sold = new LinkedHashMap<>();
		LocalDate since = project.approvedOn();
		if (since != null) {
			YearMonth from = YearMonth.from(since);
			YearMonth to = YearMonth.now();
			if (!to.isBefore(from)) {
				for (SalesRow row : sales.sums(
						new SalesFilter(from, to, project.distributorId(), null, null, null, null, project.clientInn()),
						Dimension.SKU, null)) {
					if (row.quantity() != null) {
						sold.merge(row.key(), row.quantity(), BigDecimal::add);
					}
				}
			}
		}
		return registered.entrySet()
			.stream()
			.map(e -> new ProjectDelivery(e.getKey(), names.get(e.getKey()), e.getValue(),
					sold.getOrDefault(e.getKey(), BigDecimal.ZERO)))
			.toList();
	}

	/** Adds a file to a project the caller sees, on the conversations' terms. */
	@Transactional
	public Project attach(long id, String fileName, byte[] content) {
		CurrentUser me = person();
		Project project = get(id);
		String name = AttachmentLimits.cleanName(fileName);
		AttachmentLimits.check(name, content.length);
		book.insertAttachment(id, project.distributorId(), name, content,
				me.name() == null || me.name().isBlank() ? me.login() : me.name());
		return get(id);
	}

	/**
	 * A file of a project the caller sees; another project's, or one not seen, is
	 * missing.
	 */
	public record AttachmentFile(String fileName, byte[] content) {
	}

	@Transactional(readOnly = true)
	public AttachmentFile attachment(long id, long attachmentId) {
		person();
		return book.attachment(id, attachmentId)
			.map(f -> new AttachmentFile(f.fileName(), f.content()))
			.orElseThrow(NotFoundException::new);
	}

	private Project named(Project project) {
		List<Project.Line> lines = project.lines()
			.stream()
			.map(l -> new Project.Line(l.lineNo(), l.sku(), catalog.findBySku(l.sku()).map(Product::name).orElse(null),
					l.quantity()))
			.toList();
		return new Project(project.id(), project.distributorId(), project.distributorCode(), project.distributorName(),
				project.clientInn(), project.clientName(), project.clientId(), project.object(), project.address(),
				project.regionCode(), project.tenderDate(), project.deliveryDate(), project.amount(),
				project.competitors(), project.comment(), project.status(), project.decisionComment(),
				project.decidedBy(), project.decidedAt(), project.approvedOn(), project.protectedUntil(),
				project.createdByName(), project.createdAt(), project.submittedAt(), lines, project.attachments());
	}

	/** A project as its form: a draft's page fills the form with it. */
	public static ProjectForm formOf(Project p) {
		return new ProjectForm(p.clientInn(), p.clientName(), p.object(), p.address(), p.regionCode(),
				p.tenderDate() == null ? null : p.tenderDate().toString(),
				p.deliveryDate() == null ? null : p.deliveryDate().toString(),
				p.amount() == null ? null : p.amount().toPlainString(), p.competitors(), p.comment(),
				p.lines().stream().map(l -> new ProjectForm.Line(l.sku(), l.quantity().toPlainString())).toList());
	}

	/** A distributor's person registers; the manufacturer decides. */
	static CurrentUser registrant() {
		CurrentUser me = person();
		if (me.isManufacturer() || me.distributorId() == null) {
			throw new AccessDeniedException("A distributor registers projects");
		}
		return me;
	}

	static CurrentUser person() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

}
