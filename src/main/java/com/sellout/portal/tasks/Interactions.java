package com.sellout.portal.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.internal.InteractionBook;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.sellout.portal.tasks.Tasks.person;
import static com.sellout.portal.tasks.Tasks.strip;

/**
 * Interactions planned and done. A distributor's people log their own, each with one of
 * their clients; the manufacturer's people log theirs about a distributor (and maybe one
 * of its clients), always internal — the database policy keeps those out of the
 * distributor's scope, in every query, so no code here has to remember it. The
 * manufacturer reads every distributor's; another distributor's is missing (404).
 */
@Service
public class Interactions {

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_SHORT = 1000;

	private final InteractionBook book;

	private final Clients clients;

	private final Distributors distributors;

	private final AuditLog audit;

	Interactions(InteractionBook book, Clients clients, Distributors distributors, AuditLog audit) {
		this.book = book;
		this.clients = clients;
		this.distributors = distributors;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageSlice<Interaction> find(InteractionFilter filter, ListQuery query) {
		person();
		return book.find(filter, query);
	}

	@Transactional(readOnly = true)
	public List<Interaction> all(InteractionFilter filter, ListQuery query) {
		person();
		return book.all(filter, query);
	}

	@Transactional(readOnly = true)
	public Optional<Interaction> find(long id) {
		person();
		return book.find(id);
	}

	@Transactional(readOnly = true)
	public Interaction get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The planned interactions of these days for the caller's calendar: a distributor's
	 * own, the manufacturer's own (internal) ones.
	 */
	@Transactional(readOnly = true)
	public List<Interaction> planned(LocalDate from, LocalDate to) {
		return book.planned(from, to, person().isManufacturer());
	}

	@Transactional
	public Interaction create(NewInteraction request) {
		CurrentUser me = person();
		if (me.role() == Role.INTEGRATION) {
			throw new AccessDeniedException("Systems log no interactions");
		}
		List<FieldProblem> problems = new ArrayList<>();
		InteractionKind kind = parse(InteractionKind.class, request.kind(), "kind", true, problems);
		InteractionState state = parse(InteractionState.class, request.state(), "state", false, problems);
		LocalDate date = null;
		if (strip(request.date()) == null) {
			problems.add(new FieldProblem("date", "interactions.date.required"));
		}
		else {
			date = DateTexts.date(request.date()).orElse(null);
			if (date == null) {
				problems.add(new FieldProblem("date", "interactions.date.invalid"));
			}
		}
		LocalTime time = time(request.time(), problems);
		String subject = strip(request.subject());
		if (subject == null) {
			problems.add(new FieldProblem("subject", "interactions.subject.required"));
		}
		else if (subject.length() > MAX_SUBJECT) {
			problems.add(new FieldProblem("subject", "interactions.subject.tooLong"));
		}
		String participants = limited(request.participants(), MAX_SHORT, "participants", problems);
		String nextStep = limited(request.nextStep(), MAX_SHORT, "nextStep", problems);
		String result = limited(request.result(), Tasks.MAX_TEXT, "result", problems);
		Long distributorId;
		if (me.isManufacturer()) {
			distributorId = request.distributorId();
			if (distributorId == null) {
				problems.add(new FieldProblem("distributorId", "interactions.distributor.required"));
			}
		}
		else {
			distributorId = me.distributorId();
			if (request.clientId() == null) {
				problems.add(new FieldProblem("clientId", "interactions.client.required"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		if (request.distributorId() != null && !request.distributorId().equals(distributorId)) {
			// another distributor named by a distributor's people: as missing as a wrong
			// id
			throw new NotFoundException();
		}
		distributors.find(distributorId).orElseThrow(NotFoundException::new);
		String clientLabel = null;
		if (request.clientId() != null) {
			Client client = clients.find(request.clientId()).orElseThrow(NotFoundException::new);
			if (!clients.distributorsOf(client.id()).contains(distributorId)) {
				throw new NotFoundException();
			}
			clientLabel = client.name() + " (" + client.inn() + ")";
		}
		long id = book.insert(new Interaction(0, distributorId, me.isManufacturer(), request.clientId(), clientLabel,
				kind, state == null ? InteractionState.PLANNED : state, date, time, participants, subject, result,
				nextStep, me.id(), Tasks.displayName(me), OffsetDateTime.now()));
		audit.record(AuditAction.INTERACTION_LOGGED, "interaction", id, distributorId, kind + " " + subject);
		return book.find(id).orElseThrow();
	}

	/**
	 * A planned interaction done (or a done one's result corrected): by its own side only
	 * — the manufacturer its internal ones, a distributor's people their distributor's.
	 */
	@Transactional
	public Interaction record(long id, InteractionState state, @Nullable String result, @Nullable String nextStep) {
		CurrentUser me = person();
		Interaction interaction = book.find(id).orElseThrow(NotFoundException::new);
		if (interaction.internal() != me.isManufacturer()) {
			throw new AccessDeniedException("Only the side that logged an interaction records it");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String cleanResult = limited(result, Tasks.MAX_TEXT, "result", problems);
		String cleanNext = limited(nextStep, MAX_SHORT, "nextStep", problems);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		book.update(id, state, cleanResult, cleanNext);
		audit.record(AuditAction.INTERACTION_LOGGED, "interaction", id, interaction.distributorId(),
				state + " " + interaction.subject());
		return book.find(id).orElseThrow();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text, String field,
			boolean required, List<FieldProblem> problems) {
		String value = strip(text);
		String prefix = "interactions." + field;
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, prefix + ".required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, prefix + ".unknown"));
			return null;
		}
	}

	private static @Nullable LocalTime time(@Nullable String text, List<FieldProblem> problems) {
		String value = strip(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(value.length() == 4 ? "0" + value : value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("time", "interactions.time.invalid"));
			return null;
		}
	}

	private static @Nullable String limited(@Nullable String text, int max, String field, List<FieldProblem> problems) {
		String value = strip(text);
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "interactions." + field + ".tooLong"));
		}
		return value;
	}

}
