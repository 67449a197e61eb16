package com.sellout.portal.projects.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.projects.Project;
import com.sellout.portal.projects.ProjectForm;
import com.sellout.portal.projects.Projects;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import com.sellout.portal.shared.Region;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A distributor's new project and its draft: saved as a draft («Сохранить черновик») or
 * submitted for the manufacturer's review («Отправить на рассмотрение»); a refused field
 * is named beside it and nothing typed is lost. The lines are rows of SKU and quantity
 * (sent as numbered {@code sku_0}, {@code quantity_0}… fields).
 */
@Controller
@RequestMapping("/projects")
class ProjectFormPages {

	/** Empty line rows a form offers below the filled ones. */
	private static final int SPARE_LINES = 3;

	/** The most line rows a form sends. */
	private static final int MAX_LINES = 500;

	private final Projects projects;

	private final MessageSource messages;

	ProjectFormPages(Projects projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	@GetMapping("/new")
	String newProject(Model model) {
		return form(ProjectForm.empty(), null, Map.of(), model);
	}

	@PostMapping
	String create(HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
		ProjectForm form = read(request);
		boolean submit = submits(request);
		try {
			Project project = projects.create(form, submit);
			flash.addFlashAttribute("notice", submit ? "projects.submitted" : "projects.draftSaved");
			return "redirect:/projects/" + project.id();
		}
		catch (InvalidFieldsException invalid) {
			return form(form, null, errors(invalid, locale), model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Project project = projects.get(id);
		if (!project.draft()) {
			throw new RefusedException("projects.notDraft");
		}
		return form(Projects.formOf(project), id, Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, HttpServletRequest request, Model model, Locale locale,
			RedirectAttributes flash) {
		ProjectForm form = read(request);
		boolean submit = submits(request);
		try {
			projects.update(id, form, submit);
			flash.addFlashAttribute("notice", submit ? "projects.submitted" : "projects.draftSaved");
			return "redirect:/projects/" + id;
		}
		catch (InvalidFieldsException invalid) {
			return form(form, id, errors(invalid, locale), model);
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, Locale locale, RedirectAttributes flash) {
		try {
			projects.submit(id);
			flash.addFlashAttribute("notice", "projects.submitted");
			return "redirect:/projects/" + id;
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", String.join(" ", errors(invalid, locale).values()));
			return "redirect:/projects/" + id + "/edit";
		}
	}

	private String form(ProjectForm form, Long id, Map<String, String> errors, Model model) {
		List<ProjectForm.Line> lines = new ArrayList<>(form.lines());
		for (int i = 0; i < SPARE_LINES; i++) {
			lines.add(new ProjectForm.Line(null, null));
		}
		model.addAttribute("nav", "projects");
		model.addAttribute("form", form);
		model.addAttribute("lines", lines);
		model.addAttribute("projectId", id);
		model.addAttribute("errors", errors);
		model.addAttribute("regions", Region.all());
		return "projects/form";
	}

	private static boolean submits(HttpServletRequest request) {
		return "submit".equals(request.getParameter("action"));
	}

	/** The form's fields; the lines from the numbered sku_N and quantity_N fields. */
	static ProjectForm read(HttpServletRequest request) {
		List<ProjectForm.Line> lines = new ArrayList<>();
		for (int i = 0; i < MAX_LINES; i++) {
			String sku = request.getParameter("sku_" + i);
			String quantity = request.getParameter("quantity_" + i);
			if (sku == null && quantity == null) {
				break;
			}
			lines.add(new ProjectForm.Line(sku, quantity));
		}
		return new ProjectForm(request.getParameter("clientInn"), request.getParameter("clientName"),
				request.getParameter("object"), request.getParameter("address"), request.getParameter("regionCode"),
				request.getParameter("tenderDate"), request.getParameter("deliveryDate"),
				request.getParameter("amount"), request.getParameter("competitors"), request.getParameter("comment"),
				lines);
	}

	private Map<String, String> errors(InvalidFieldsException invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		invalid.problems()
			.forEach(p -> errors.merge(p.field(), messages.getMessage(p.message(), null, p.message(), locale),
					(a, b) -> a + " " + b));
		return errors;
	}

}
