package com.sellout.portal.tasks.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.ListParams;
import com.sellout.portal.shared.TableFiles;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.InteractionFilter;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.Task;
import com.sellout.portal.tasks.Tasks;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lists' exports, CSV and xlsx, of exactly the rows the list shows under its filters
 * and sort (all pages): the caller's scope, so a distributor's file never holds the
 * manufacturer's internal interactions nor another distributor's rows.
 */
@Controller
class TaskExports {

	private final Tasks tasks;

	private final Interactions interactions;

	private final TaskParams params;

	private final PageTexts texts;

	TaskExports(Tasks tasks, Interactions interactions, TaskParams params, PageTexts texts) {
		this.tasks = tasks;
		this.interactions = interactions;
		this.params = params;
		this.texts = texts;
	}

	@GetMapping("/tasks/export.{format:csv|xlsx}")
	ResponseEntity<byte[]> tasks(@PathVariable String format, @ModelAttribute TaskPages.TaskListFilter filter,
			@ModelAttribute ListParams list, @AuthenticationPrincipal CurrentUser me) {
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(texts.text("tasks.field.title"), texts.text("tasks.field.dueDate"),
				texts.text("tasks.field.state"), texts.text("tasks.field.assignee"), texts.text("tasks.field.link"),
				texts.text("tasks.field.description"), texts.text("tasks.field.createdBy")));
		for (Task t : tasks.all(filter.filter(), list.query(TaskPages.PAGE))) {
			table.add(List.of(t.title(), t.dueDate() == null ? "" : t.dueDate(), texts.text("tasks.state." + t.state()),
					t.assigneeName(),
					t.link() == null ? "" : texts.text("tasks.link." + t.link().type()) + ": " + t.link().label(),
					t.description() == null ? "" : t.description(), t.createdByName()));
		}
		return file(format, ExportNames.of(format, "tasks", me.isManufacturer() ? null : me.distributorCode()),
				texts.text("tasks.title"), table);
	}

	@GetMapping("/interactions/export.{format:csv|xlsx}")
	ResponseEntity<byte[]> interactions(@PathVariable String format,
			@ModelAttribute InteractionPages.InteractionListFilter filter, @ModelAttribute ListParams list,
			@AuthenticationPrincipal CurrentUser me) {
		InteractionFilter chosen = filter.filter(params, me);
		Map<Long, String> codes = params.codes();
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(texts.text("interactions.field.date"), texts.text("interactions.field.time"),
				texts.text("interactions.field.kind"), texts.text("interactions.field.state"),
				texts.text("interactions.field.distributor"), texts.text("interactions.field.client"),
				texts.text("interactions.field.subject"), texts.text("interactions.field.participants"),
				texts.text("interactions.field.result"), texts.text("interactions.field.nextStep"),
				texts.text("interactions.field.internal")));
		for (Interaction i : interactions.all(chosen, list.query(InteractionPages.PAGE))) {
			table.add(List.of(i.date(), i.time() == null ? "" : i.time().toString(),
					texts.text("interactions.kind." + i.kind()), texts.text("interactions.state." + i.state()),
					codes.getOrDefault(i.distributorId(), ""), nz(i.clientLabel()), i.subject(), nz(i.participants()),
					nz(i.result()), nz(i.nextStep()), i.internal() ? texts.text("interactions.internal") : ""));
		}
		Long distributor = me.isManufacturer() ? chosen.distributorId() : me.distributorId();
		return file(format,
				ExportNames.of(format, "interactions",
						distributor == null ? null : codes.getOrDefault(distributor, null)),
				texts.text("interactions.title"), table);
	}

	private static ResponseEntity<byte[]> file(String format, String name, String sheet, List<List<Object>> table) {
		boolean csv = "csv".equals(format);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name))
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
					: MediaType.parseMediaType(TableFiles.XLSX))
			.body(csv ? TableFiles.csv(table) : TableFiles.xlsx(sheet, table));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
