package com.sellout.portal.projects.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.Project;
import com.sellout.portal.projects.ProjectConflict;
import com.sellout.portal.projects.ProjectDecisions;
import com.sellout.portal.projects.ProjectFilter;
import com.sellout.portal.projects.ProjectForm;
import com.sellout.portal.projects.ProjectStatus;
import com.sellout.portal.projects.ProjectSummary;
import com.sellout.portal.projects.Projects;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.Region;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects (deal registration) over the API: a distributor's system posts a project (it
 * is submitted at once) and marks an approved one won or lost; the manufacturer decides.
 * Only the manufacturer's answers carry {@code conflicts}; a distributor's never have the
 * key. Another distributor's project is 404, exactly as a missing one.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
class ProjectApi {

	private static final int PAGE = 200;

	private final Projects projects;

	private final ProjectDecisions decisions;

	ProjectApi(Projects projects, ProjectDecisions decisions) {
		this.projects = projects;
		this.decisions = decisions;
	}

	/** Numbers may be JSON numbers or strings; dates YYYY-MM-DD (or ДД.ММ.ГГГГ). */
	record ProjectRequest(@Nullable String clientInn, @Nullable String clientName, @Nullable String object,
			@Nullable String address, @Nullable String regionCode, @Nullable String tenderDate,
			@Nullable String deliveryDate, @Nullable Object amount, @Nullable String competitors,
			@Nullable String comment, @Nullable List<LineRequest> lines) {

		ProjectForm form() {
			return new ProjectForm(clientInn, clientName, object, address, regionCode, tenderDate, deliveryDate,
					amount == null ? null : amount.toString(), competitors, comment,
					lines == null ? List.of() : lines.stream()
						.map(l -> l == null ? new ProjectForm.Line(null, null)
								: new ProjectForm.Line(l.sku(), l.quantity() == null ? null : l.quantity().toString()))
						.toList());
		}

	}

	record LineRequest(@Nullable String sku, @Nullable Object quantity) {
	}

	record DecisionRequest(@Nullable String decision, @Nullable String comment) {
	}

	record OutcomeRequest(@Nullable String outcome) {
	}

	record LineView(int lineNo, String sku, @Nullable String productName, BigDecimal quantity) {
	}

	record ConflictView(long id, String distributor, String distributorName, String clientInn,
			@Nullable String clientName, String object, String address, String regionCode, @Nullable BigDecimal amount,
			String status, boolean sameAddress, double nameSimilarity) {

		static ConflictView of(ProjectConflict c) {
			return new ConflictView(c.id(), c.distributorCode(), c.distributorName(), c.clientInn(), c.clientName(),
					c.object(), c.address(), c.regionCode(), c.amount(), c.status().name(), c.sameAddress(),
					Math.round(c.nameSimilarity() * 100) / 100.0);
		}

	}

	record ProjectView(long id, String status, @Nullable LocalDate protectedUntil, String distributor, String clientInn,
			@Nullable String clientName, String object, String address, String regionCode, @Nullable String regionName,
			@Nullable LocalDate tenderDate, @Nullable LocalDate deliveryDate, @Nullable BigDecimal amount,
			@Nullable String competitors, @Nullable String comment, @Nullable String decisionComment,
			OffsetDateTime createdAt, @Nullable OffsetDateTime submittedAt, List<LineView> lines,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ConflictView> conflicts) {

		static ProjectView of(Project p, @Nullable List<ProjectConflict> conflicts) {
			return new ProjectView(p.id(), p.status().name(), p.protectedUntil(), p.distributorCode(), p.clientInn(),
					p.clientName(), p.object(), p.address(), p.regionCode(),
					Region.byCode(p.regionCode()).map(Region::name).orElse(null), p.tenderDate(), p.deliveryDate(),
					p.amount(), p.competitors(), p.comment(), p.decisionComment(), p.createdAt(), p.submittedAt(),
					p.lines()
						.stream()
						.map(l -> new LineView(l.lineNo(), l.sku(), l.productName(), l.quantity()))
						.toList(),
					conflicts == null ? null : conflicts.stream().map(ConflictView::of).toList());
		}

	}

	record SummaryView(long id, String status, String distributor, String clientInn, @Nullable String clientName,
			String object, String regionCode, @Nullable BigDecimal amount, @Nullable LocalDate protectedUntil,
			OffsetDateTime createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer conflicts) {

		static SummaryView of(ProjectSummary s, boolean manufacturer) {
			return new SummaryView(s.id(), s.status().name(), s.distributorCode(), s.clientInn(), s.clientName(),
					s.object(), s.regionCode(), s.amount(), s.protectedUntil(), s.createdAt(),
					manufacturer ? s.conflicts() : null);
		}

	}

	record Items<T>(List<T> items, long total) {
	}

	@PostMapping
	@Operation(summary = "Registers a project and submits it: {clientInn, clientName, object, address, regionCode, "
			+ "tenderDate, deliveryDate, amount, competitors, comment, lines:[{sku, quantity}]} — 201 with it "
			+ "(status ON_REVIEW); a refused field 422 naming each field")
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest body) {
		Project project = projects.create(body.form(), true);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id()))
			.body(ProjectView.of(project, null));
	}

	@GetMapping
	@Operation(summary = "The caller's projects, newest first: status=…, distributor=CODE (the manufacturer), "
			+ "q=text, page=0…")
	Items<SummaryView> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long distributor,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser me) {
		var slice = projects.find(new ProjectFilter(status(status), distributor),
				new ListQuery(q, "created_at", true, Math.max(0, page), PAGE));
		return new Items<>(slice.items().stream().map(s -> SummaryView.of(s, me.isManufacturer())).toList(),
				slice.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its lines; the manufacturer's answer adds its conflicts")
	ProjectView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
		Project project = projects.get(id);
		return ProjectView.of(project, me.isManufacturer() ? projects.conflicts(id) : null);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "The manufacturer's decision: {decision: APPROVE|REJECT, comment} — a rejection needs "
			+ "its reason (422 without)")
	ProjectView decide(@PathVariable long id, @RequestBody DecisionRequest body) {
		ProjectDecisions.Decision decision = parse(ProjectDecisions.Decision.class, body.decision(), "decision",
				"projects.decision.required");
		decisions.decide(id, decision, body.comment());
		return ProjectView.of(projects.get(id), projects.conflicts(id));
	}

	@PostMapping("/{id}/extend")
	@Operation(summary = "The manufacturer extends an approved project's protection by the configured days")
	ProjectView extend(@PathVariable long id) {
		decisions.extend(id);
		return ProjectView.of(projects.get(id), projects.conflicts(id));
	}

	@PostMapping("/{id}/outcome")
	@Operation(summary = "The distributor's outcome of an approved project: {outcome: WON|LOST}; won lines become "
			+ "named orders")
	ProjectView outcome(@PathVariable long id, @RequestBody OutcomeRequest body) {
		ProjectDecisions.Outcome outcome = parse(ProjectDecisions.Outcome.class, body.outcome(), "outcome",
				"projects.outcome.required");
		return ProjectView.of(decisions.outcome(id, outcome), null);
	}

	static @Nullable ProjectStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		return parse(ProjectStatus.class, status, "status", "projects.status.unknown");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, String key) {
		try {
			if (value == null || value.isBlank()) {
				throw new IllegalStateException();
			}
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidFieldsException(List.of(new FieldProblem(field, key)));
		}
	}

}
