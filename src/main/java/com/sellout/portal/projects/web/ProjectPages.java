package com.sellout.portal.projects.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.Project;
import com.sellout.portal.projects.ProjectConflict;
import com.sellout.portal.projects.ProjectDecisions;
import com.sellout.portal.projects.ProjectFilter;
import com.sellout.portal.projects.ProjectStatus;
import com.sellout.portal.projects.Projects;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Проекты»: the list (by status, by distributor for the manufacturer, searched, sorted,
 * paged), a project's page — its details, lines, files, delivered against registered, the
 * manufacturer's decision with the conflicting projects side by side, the distributor's
 * outcome — and the actions those pages send.
 */
@Controller
@RequestMapping("/projects")
class ProjectPages {

	private final Projects projects;

	private final ProjectDecisions decisions;

	private final Distributors distributors;

	private final MessageSource messages;

	ProjectPages(Projects projects, ProjectDecisions decisions, Distributors distributors, MessageSource messages) {
		this.projects = projects;
		this.decisions = decisions;
		this.distributors = distributors;
		this.messages = messages;
	}

	/** The list's address: filters, search, sort and page. */
	record ListParams(@Nullable String q, @Nullable String status, @Nullable Long distributor, @Nullable String sort,
			@Nullable Boolean desc, @Nullable Integer page, @Nullable Integer size) {

		ProjectFilter filter(CurrentUser me) {
			return new ProjectFilter(ProjectApi.status(status), me.isManufacturer() ? distributor : null);
		}

		ListQuery query() {
			boolean sorted = sort != null && !sort.isBlank();
			return new ListQuery(q, sorted ? sort : "created_at", sorted ? Boolean.TRUE.equals(desc) : true,
					page == null ? 0 : Math.max(0, page), ListQuery.sizeOr(size, 20));
		}

	}

	@GetMapping
	String list(@ModelAttribute ListParams params, @AuthenticationPrincipal CurrentUser me, Model model) {
		ProjectFilter filter;
		try {
			filter = params.filter(me);
		}
		catch (InvalidFieldsException unknown) {
			filter = new ProjectFilter(null, params.filter(me).distributorId());
		}
		model.addAttribute("nav", "projects");
		model.addAttribute("page", projects.find(filter, params.query()));
		model.addAttribute("params", params);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		return "projects/list";
	}

	@GetMapping("/{id}")
	String project(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Project project = projects.get(id);
		List<ProjectConflict> conflicts = me.isManufacturer() ? projects.conflicts(id) : List.of();
		model.addAttribute("nav", "projects");
		model.addAttribute("project", project);
		model.addAttribute("conflicts", conflicts);
		Map<String, BigDecimal> delivered = new LinkedHashMap<>();
		if (project.approvedOn() != null) {
			projects.delivered(id).forEach(d -> delivered.put(d.sku(), d.delivered()));
		}
		model.addAttribute("delivered", delivered);
		model.addAttribute("maxComment", ProjectDecisions.MAX_COMMENT);
		return "projects/project";
	}

	/**
	 * The manufacturer's decision on this project or on one in conflict with it, from the
	 * page of {@code back}.
	 */
	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable Long back, Locale locale, RedirectAttributes flash) {
		long page = back == null ? id : back;
		try {
			ProjectDecisions.Decision chosen = "REJECT".equals(decision) ? ProjectDecisions.Decision.REJECT
					: "APPROVE".equals(decision) ? ProjectDecisions.Decision.APPROVE : null;
			Project project = decisions.decide(id, chosen, comment);
			flash.addFlashAttribute("notice",
					project.status() == ProjectStatus.APPROVED ? "projects.approved" : "projects.rejected");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
			flash.addFlashAttribute("problemProject", id);
		}
		catch (RefusedException refused) {
			flash.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/projects/" + page;
	}

	@PostMapping("/{id}/extend")
	String extend(@PathVariable long id, RedirectAttributes flash) {
		decisions.extend(id);
		flash.addFlashAttribute("notice", "projects.extended");
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam(required = false) @Nullable String outcome,
			RedirectAttributes flash) {
		ProjectDecisions.Outcome chosen = "WON".equals(outcome) ? ProjectDecisions.Outcome.WON
				: "LOST".equals(outcome) ? ProjectDecisions.Outcome.LOST : null;
		try {
			decisions.outcome(id, chosen);
			flash.addFlashAttribute("notice",
					chosen == ProjectDecisions.Outcome.WON ? "projects.won" : "projects.lost");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", invalid.problems().get(0).message());
		}
		catch (RefusedException refused) {
			flash.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Locale locale, RedirectAttributes flash) throws IOException {
		projects.get(id);
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("problem", "projects.file.required");
			return "redirect:/projects/" + id;
		}
		try {
			projects.attach(id, file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(),
					file.getBytes());
			flash.addFlashAttribute("notice", "projects.file.added");
		}
		catch (RefusedException refused) {
			flash.addFlashAttribute("problemText",
					messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
		}
		return "redirect:/projects/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
		Projects.AttachmentFile file = projects.attachment(id, attachmentId);
		response.setContentType("application/octet-stream");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		response.setContentLength(file.content().length);
		try {
			response.getOutputStream().write(file.content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
