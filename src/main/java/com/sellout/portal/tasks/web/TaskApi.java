package com.sellout.portal.tasks.web;

import java.net.URI;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.tasks.NewTask;
import com.sellout.portal.tasks.Task;
import com.sellout.portal.tasks.TaskFilter;
import com.sellout.portal.tasks.Tasks;
import com.sellout.portal.tasks.web.TaskJson.Items;
import com.sellout.portal.tasks.web.TaskJson.NewTaskRequest;
import com.sellout.portal.tasks.web.TaskJson.StateRequest;
import com.sellout.portal.tasks.web.TaskJson.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks over the API, in the caller's organisation: another organisation's task is 404,
 * and so is a link to an object the caller cannot see; a bad field is 422 naming it.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TaskApi {

	private static final int PAGE = 200;

	private final Tasks tasks;

	TaskApi(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "The organisation's tasks, by due date: mine=true for the caller's own, "
			+ "state=OPEN|IN_PROGRESS|DONE|CANCELLED; each optional")
	Items<TaskView> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) @Nullable String state, @RequestParam(defaultValue = "0") int page) {
		TaskFilter filter = new TaskFilter(mine, TaskParams.taskState(state, "state"), false);
		return Items.of(tasks.find(filter, new ListQuery(null, "due_date", false, page, PAGE)), TaskView::of);
	}

	@PostMapping
	@Operation(summary = "Creates a task: {\"title\",\"description\",\"dueDate\":\"YYYY-MM-DD\","
			+ "\"linkType\":\"CLIENT|REPORT|THREAD|PROJECT\",\"linkId\",\"assigneeId\" (a colleague; none: the caller),"
			+ "\"interactionId\"}")
	ResponseEntity<TaskView> create(@RequestBody NewTaskRequest body) {
		Task task = tasks.create(new NewTask(body.title(), body.description(), body.dueDate(), body.linkType(),
				body.linkId(), body.assigneeId(), body.interactionId()));
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(TaskView.of(task));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A task")
	TaskView get(@PathVariable long id) {
		return TaskView.of(tasks.get(id));
	}

	@PostMapping("/{id}/state")
	@Operation(summary = "Changes a task's state: {\"state\":\"OPEN|IN_PROGRESS|DONE|CANCELLED\"}")
	TaskView state(@PathVariable long id, @RequestBody StateRequest body) {
		return TaskView.of(tasks.changeState(id, TaskParams.requiredTaskState(body.state())));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes a task's state: {\"state\"}")
	TaskView patch(@PathVariable long id, @RequestBody StateRequest body) {
		return state(id, body);
	}

}
