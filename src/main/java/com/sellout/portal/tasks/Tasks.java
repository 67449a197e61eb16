package com.sellout.portal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.internal.Assignees;
import com.sellout.portal.tasks.internal.InteractionBook;
import com.sellout.portal.tasks.internal.LinkCheck;
import com.sellout.portal.tasks.internal.TaskBook;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of the caller's organisation — a distributor's people see their
 * distributor's, the manufacturer's people the manufacturer's; another organisation's
 * task is missing (404). A task is given to someone of the same organisation only, and
 * may be about an object of another module that the caller sees, checked by that type's
 * {@link LinkCheck}: one the caller cannot see is missing too.
 */
@Service
public class Tasks {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 10_000;

	/** The zone of the due day (and of its reminder). */
	public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private final TaskBook book;

	private final InteractionBook interactions;

	private final Assignees assignees;

	private final Map<LinkType, LinkCheck> checks = new EnumMap<>(LinkType.class);

	private final AuditLog audit;

	private final Clock clock;

	Tasks(TaskBook book, InteractionBook interactions, Assignees assignees, List<LinkCheck> checks, AuditLog audit,
			Clock clock) {
		this.book = book;
		this.interactions = interactions;
		this.assignees = assignees;
		checks.forEach(check -> this.checks.put(check.type(), check));
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageSlice<Task> find(TaskFilter filter, ListQuery query) {
		CurrentUser me = person();
		return book.find(filter, me.distributorId(), me.id(), query);
	}

	/** Every task of the filter, for an export. */
	@Transactional(readOnly = true)
	public List<Task> all(TaskFilter filter, ListQuery query) {
		CurrentUser me = person();
		return book.all(filter, me.distributorId(), me.id(), query);
	}

	@Transactional(readOnly = true)
	public Optional<Task> find(long id) {
		return book.find(id, person().distributorId());
	}

	@Transactional(readOnly = true)
	public Task get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/** The people the caller may give a task to. */
	@Transactional(readOnly = true)
	public List<UserAccount> assignees() {
		return assignees.of(person());
	}

	/** The link types a task may have now (those with a check). */
	public List<LinkType> linkTypes() {
		return List.copyOf(checks.keySet());
	}

	/** Today, in the zone of due days. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	@Transactional
	public Task create(NewTask task) {
		CurrentUser me = person();
		if (me.role() == Role.INTEGRATION) {
			throw new AccessDeniedException("Systems keep no tasks");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String title = strip(task.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "tasks.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "tasks.title.tooLong"));
		}
		String description = strip(task.description());
		if (description != null && description.length() > MAX_TEXT) {
			problems.add(new FieldProblem("description", "tasks.description.tooLong"));
		}
		LocalDate due = null;
		if (strip(task.dueDate()) != null) {
			due = DateTexts.date(task.dueDate()).orElse(null);
			if (due == null) {
				problems.add(new FieldProblem("dueDate", "tasks.dueDate.invalid"));
			}
		}
		LinkCheck check = null;
		String linkType = strip(task.linkType());
		if (linkType != null) {
			check = linkType(linkType);
			if (check == null) {
				problems.add(new FieldProblem("linkType", "tasks.link.unknownType"));
			}
			else if (task.linkId() == null) {
				problems.add(new FieldProblem("linkId", "tasks.link.idRequired"));
			}
		}
		else if (task.linkId() != null) {
			problems.add(new FieldProblem("linkType", "tasks.link.typeRequired"));
		}
		List<UserAccount> colleagues = assignees.of(me);
		long assigneeId = task.assigneeId() == null ? me.id() : task.assigneeId();
		UserAccount assignee = colleagues.stream().filter(u -> u.id() == assigneeId).findFirst().orElse(null);
		if (assignee == null) {
			problems.add(new FieldProblem("assigneeId", "tasks.assignee.notColleague"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		TaskLink link = null;
		if (check != null) {
			long linkId = task.linkId();
			String label = check.label(linkId).orElseThrow(NotFoundException::new);
			link = new TaskLink(check.type(), linkId, label);
		}
		if (task.interactionId() != null) {
			interactions.find(task.interactionId()).orElseThrow(NotFoundException::new);
		}
		long id = book.insert(new TaskBook.NewRow(me.distributorId(), title, description, due, link, assignee.id(),
				Assignees.nameOf(assignee), task.interactionId(), me.id(), displayName(me)));
		audit.record(AuditAction.TASK_CREATED, "task", id, me.distributorId(),
				title + " → " + Assignees.nameOf(assignee));
		return book.find(id, me.distributorId()).orElseThrow();
	}

	@Transactional
	public Task changeState(long id, TaskState state) {
		CurrentUser me = person();
		Task task = book.find(id, me.distributorId()).orElseThrow(NotFoundException::new);
		if (task.state() != state) {
			book.changeState(id, state);
			audit.record(AuditAction.TASK_STATE_CHANGED, "task", id, me.distributorId(), task.state() + " → " + state);
		}
		return book.find(id, me.distributorId()).orElseThrow();
	}

	/** The open tasks of the caller's organisation due in these days (the calendar). */
	@Transactional(readOnly = true)
	public List<Task> due(LocalDate from, LocalDate to) {
		return book.due(person().distributorId(), from, to);
	}

	private @Nullable LinkCheck linkType(String text) {
		try {
			return checks.get(LinkType.valueOf(text.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable String strip(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static String displayName(CurrentUser me) {
		return me.name() == null || me.name().isBlank() ? me.login() : me.name();
	}

	static CurrentUser person() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

}
