package com.sellout.portal.projects.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.ProjectSummary;
import com.sellout.portal.projects.Projects;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.Region;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The project list as a file, with the list's filters and order: CSV for Excel or xlsx. A
 * distributor's file holds its own projects only and no conflict column.
 */
@Controller
@RequestMapping("/projects")
class ProjectExport {

	private final Projects projects;

	private final Distributors distributors;

	private final MessageSource messages;

	ProjectExport(Projects projects, Distributors distributors, MessageSource messages) {
		this.projects = projects;
		this.distributors = distributors;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute ProjectPages.ListParams params, @AuthenticationPrincipal CurrentUser me,
			Locale locale) {
		return file(name(params, me, "csv"), new MediaType("text", "csv", StandardCharsets.UTF_8),
				TableFiles.csv(table(params, me, locale)));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute ProjectPages.ListParams params, @AuthenticationPrincipal CurrentUser me,
			Locale locale) {
		return file(name(params, me, "xlsx"), MediaType.parseMediaType(TableFiles.XLSX),
				TableFiles.xlsx(text("projects.title", locale), table(params, me, locale)));
	}

	private String name(ProjectPages.ListParams params, CurrentUser me, String format) {
		Long distributor = me.isManufacturer() ? params.distributor() : me.distributorId();
		return ExportNames.of(format, "projects",
				distributor == null ? "all" : distributors.find(distributor).map(Distributor::code).orElse(null));
	}

	private List<List<Object>> table(ProjectPages.ListParams params, CurrentUser me, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		List<Object> header = new ArrayList<>();
		if (me.isManufacturer()) {
			header.add(text("projects.distributor", locale));
		}
		header.addAll(List.of(text("projects.created", locale), text("projects.object", locale),
				text("projects.clientInn", locale), text("projects.clientName", locale),
				text("projects.region", locale), text("projects.amount", locale), text("projects.deliveryDate", locale),
				text("projects.status", locale), text("projects.protectedUntil", locale)));
		if (me.isManufacturer()) {
			header.add(text("projects.conflicts", locale));
		}
		table.add(header);
		for (ProjectSummary p : projects.all(params.filter(me), params.query())) {
			List<Object> row = new ArrayList<>();
			if (me.isManufacturer()) {
				row.add(p.distributorCode());
			}
			row.add(p.createdAt().toLocalDate());
			row.add(p.object());
			row.add(p.clientInn());
			row.add(p.clientName() == null ? "" : p.clientName());
			row.add(Region.byCode(p.regionCode()).map(Region::name).orElse(p.regionCode()));
			row.add(p.amount() == null ? "" : p.amount());
			row.add(p.deliveryDate() == null ? "" : p.deliveryDate());
			row.add(text("projects.status." + p.status().name(), locale));
			row.add(p.protectedUntil() == null ? "" : p.protectedUntil());
			if (me.isManufacturer()) {
				row.add(p.conflicts());
			}
			table.add(row);
		}
		return table;
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
