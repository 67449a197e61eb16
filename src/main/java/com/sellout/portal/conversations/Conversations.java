package com.sellout.portal.conversations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.conversations.internal.AboutCheck;
import com.sellout.portal.conversations.internal.AttachmentRules;
import com.sellout.portal.conversations.internal.ClientLimits;
import com.sellout.portal.conversations.internal.Followers;
import com.sellout.portal.conversations.internal.ThreadBook;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations of the caller's scope: a thread belongs to exactly one distributor,
 * whatever it is about; the manufacturer's people see every thread, a distributor's
 * people their distributor's (a manager restricted to clients: those about their clients
 * and those about no client). Internal notes are the manufacturer's only — the database
 * policy hides them from a distributor's scope. Another distributor's thread, or an
 * object the caller cannot see, is answered as missing.
 */
@Service
public class Conversations {

	/** The longest subject and text. */
	public static final int MAX_SUBJECT = 200;

	public static final int MAX_TEXT = 20_000;

	private final ThreadBook book;

	private final AboutCheck aboutCheck;

	private final Followers followers;

	private final Distributors distributors;

	private final Submissions submissions;

	private final ApplicationEventPublisher events;

	private final ClientLimits limits;

	private final JdbcClient jdbc;

	Conversations(ThreadBook book, AboutCheck aboutCheck, Followers followers, Distributors distributors,
			Submissions submissions, ApplicationEventPublisher events, JdbcClient jdbc, ClientLimits limits) {
		this.book = book;
		this.aboutCheck = aboutCheck;
		this.followers = followers;
		this.distributors = distributors;
		this.submissions = submissions;
		this.events = events;
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** Which threads a list shows; every part optional. */
	public record ThreadFilter(@Nullable Long distributorId, @Nullable ConversationState state, @Nullable Long reportId,
			@Nullable Long clientId, boolean followedOnly, boolean unreadOnly) {

		public static ThreadFilter none() {
			return new ThreadFilter(null, null, null, null, false, false);
		}

		public static ThreadFilter aboutReport(long reportId) {
			return new ThreadFilter(null, null, reportId, null, false, false);
		}

		public static ThreadFilter aboutClient(long clientId) {
			return new ThreadFilter(null, null, null, clientId, false, false);
		}

	}

	@Transactional(readOnly = true)
	public PageSlice<ThreadSummary> find(ThreadFilter filter, int page, int size) {
		CurrentUser me = person();
		return book.find(filter, me.id(), page, size);
	}

	@Transactional(readOnly = true)
	public Optional<ConversationThread> find(long threadId) {
		return book.summary(threadId, person().id()).map(book::thread);
	}

	@Transactional(readOnly = true)
	public ConversationThread get(long threadId) {
		return find(threadId).orElseThrow(NotFoundException::new);
	}

	/** How many followed threads have messages the caller has not read. */
	@Transactional(readOnly = true)
	public int unreadThreads() {
		return CurrentUser.get().map(me -> book.unreadThreads(me.id())).orElse(0);
	}

	/** The caller has read the thread up to its last message. */
	@Transactional
	public void markRead(long threadId) {
		CurrentUser me = person();
		ThreadSummary thread = book.summary(threadId, me.id()).orElseThrow(NotFoundException::new);
		book.markRead(threadId, thread.distributorId(), me.id());
	}

	/** Opens a thread with its first message. */
	@Transactional
	public ConversationThread open(NewThread request) {
		return open(request, false);
	}

	/**
	 * «Вернуть дистрибьютору»: a thread about the report asking for its correction; the
	 * report keeps its status and its month's submission waits for a newer accepted
	 * version.
	 */
	@Transactional
	public ConversationThread returnToDistributor(long reportId, String subject, NewMessage first) {
		CurrentUser me = person();
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("Only the manufacturer returns a report");
		}
		ConversationThread thread = open(new NewThread(null, subject, About.report(reportId), first), true);
		submissions.requestCorrection(reportId);
		return thread;
	}

	private ConversationThread open(NewThread request, boolean correction) {
		CurrentUser me = person();
		List<FieldProblem> problems = new ArrayList<>();
		String subject = request.subject() == null ? "" : request.subject().strip();
		if (subject.isEmpty()) {
			problems.add(new FieldProblem("subject", "conversations.subject.required"));
		}
		else if (subject.length() > MAX_SUBJECT) {
			problems.add(new FieldProblem("subject", "conversations.subject.tooLong"));
		}
		problems.addAll(textProblems(request.first()));
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		if (request.first().internal()) {
			throw new RefusedException("conversations.internal.notFirst");
		}
		Long distributorId = request.distributorId();
		if (!me.isManufacturer()) {
			if (distributorId != null && !distributorId.equals(me.distributorId())) {
				throw new RefusedException("conversations.distributor.manufacturerOnly");
			}
			distributorId = me.distributorId();
		}
		AboutCheck.Checked about = aboutCheck.check(request.about(), distributorId);
		distributorId = distributorId != null ? distributorId : about.distributorId();
		if (distributorId == null) {
			throw new RefusedException("conversations.distributor.required");
		}
		Distributor distributor = distributors.find(distributorId).orElseThrow(NotFoundException::new);
		long threadId = book.insert(new ThreadBook.NewRow(distributor.id(), subject, about.about(), about.clientId(),
				about.clientInn(), me.isManufacturer(), correction, me.id()));
		followers.addDefaults(threadId, distributor);
		add(threadId, distributor.id(), me, request.first(), null);
		return book.thread(book.summary(threadId, me.id()).orElseThrow());
	}

	/** Adds a message to a thread the caller sees. */
	@Transactional
	public ThreadMessage post(long threadId, NewMessage message) {
		CurrentUser me = person();
		ThreadSummary thread = book.summary(threadId, me.id()).orElseThrow(NotFoundException::new);
		if (message.internal() && !me.isManufacturer()) {
			throw new AccessDeniedException("Internal notes are the manufacturer's");
		}
		List<FieldProblem> problems = textProblems(message);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		long id = add(threadId, thread.distributorId(), me, message, null).orElseThrow();
		return book.thread(book.summary(threadId, me.id()).orElseThrow())
			.messages()
			.stream()
			.filter(m -> m.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A follower's reply by e-mail, already recognised as theirs: added as their message
	 * (never an internal note). Runs in the all-distributors scope of the mail intake.
	 * @return false when the reply was taken before
	 */
	@Transactional
	public boolean reply(long threadId, long distributorId, UserAccount author, String text,
			List<NewMessage.NewAttachment> files, String mailKey) {
		return add(threadId, distributorId, author.id(), Followers.displayName(author), author.role(),
				new NewMessage(text, false, files, Via.EMAIL), mailKey)
			.isPresent();
	}

	private Optional<Long> add(long threadId, long distributorId, CurrentUser me, NewMessage message,
			@Nullable String mailKey) {
		if (me.role() == Role.INTEGRATION) {
			throw new AccessDeniedException("Systems do not write in conversations");
		}
		Optional<Long> id = add(threadId, distributorId, me.id(),
				me.name() == null || me.name().isBlank() ? me.login() : me.name(), me.role(), message, mailKey);
		id.ifPresent(m -> book.markRead(threadId, distributorId, me.id()));
		return id;
	}

	private Optional<Long> add(long threadId, long distributorId, long authorId, String authorName, Role role,
			NewMessage message, @Nullable String mailKey) {
		for (NewMessage.NewAttachment file : message.attachments()) {
			AttachmentRules.check(file.fileName(), file.content().length);
		}
		Side side = Followers.sideOf(role);
		Optional<Long> id = book.insertMessage(new ThreadBook.NewMessageRow(threadId, distributorId, authorId,
				authorName, side, message.text().strip(), message.internal(), message.via(), mailKey));
		if (id.isEmpty()) {
			return id;
		}
		for (NewMessage.NewAttachment file : message.attachments()) {
			book.insertAttachment(id.get(), threadId, distributorId, message.internal(), file.fileName(),
					file.content());
		}
		if (!message.internal()) {
			boolean fromOpener = book.openedByManufacturer(threadId) == (side == Side.MANUFACTURER);
			book.touch(threadId, fromOpener ? ConversationState.OPEN : ConversationState.ANSWERED);
		}
		followers.add(threadId, distributorId, authorId, authorName, side);
		events.publishEvent(new ThreadMessagePosted(threadId, id.get()));
		return id;
	}

	private static List<FieldProblem> textProblems(NewMessage message) {
		String text = message.text() == null ? "" : message.text().strip();
		if (text.isEmpty() && message.attachments().isEmpty()) {
			return List.of(new FieldProblem("text", "conversations.text.required"));
		}
		if (text.length() > MAX_TEXT) {
			return List.of(new FieldProblem("text", "conversations.text.tooLong"));
		}
		return List.of();
	}

	/** Resolves a thread, or opens it again (a new message opens it too). */
	@Transactional
	public void changeState(long threadId, ConversationState state) {
		CurrentUser me = person();
		book.summary(threadId, me.id()).orElseThrow(NotFoundException::new);
		if (state == ConversationState.ANSWERED) {
			throw new RefusedException("conversations.state.notSettable");
		}
		book.changeState(threadId, state);
	}

	/** Adds a follower: one of the people the caller may choose ({@link #candidates}). */
	@Transactional
	public void follow(long threadId, long userId) {
		CurrentUser me = person();
		ThreadSummary thread = book.summary(threadId, me.id()).orElseThrow(NotFoundException::new);
		UserAccount person = candidates(thread).stream()
			.filter(u -> u.id() == userId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		followers.add(threadId, thread.distributorId(), person);
	}

	/** Stops following: the caller themselves, or anyone for the manufacturer. */
	@Transactional
	public void unfollow(long threadId, long userId) {
		CurrentUser me = person();
		ThreadSummary thread = book.summary(threadId, me.id()).orElseThrow(NotFoundException::new);
		boolean mayRemove = userId == me.id() || me.isManufacturer()
				|| followers.candidates(thread.distributorId(), false).stream().anyMatch(u -> u.id() == userId);
		if (!mayRemove || !followers.remove(threadId, userId)) {
			throw new NotFoundException();
		}
	}

	/** The people the caller may add as followers of the thread. */
	@Transactional(readOnly = true)
	public List<UserAccount> candidates(long threadId) {
		CurrentUser me = person();
		return candidates(book.summary(threadId, me.id()).orElseThrow(NotFoundException::new));
	}

	/**
	 * The people of either side the caller can see, but no manager restricted to other
	 * clients than the thread's.
	 */
	private List<UserAccount> candidates(ThreadSummary thread) {
		String clientInn = book.clientInn(thread.id());
		return followers.candidates(thread.distributorId(), person().isManufacturer())
			.stream()
			.filter(u -> limits.maySee(u, clientInn))
			.toList();
	}

	/**
	 * An attachment's name and size; its bytes go to the stream the function gives. One
	 * of another thread is missing, as is one of a thread the caller does not see.
	 */
	public record AttachmentFile(String fileName, long size) {
	}

	@Transactional(readOnly = true)
	public AttachmentFile download(long threadId, long attachmentId, Function<AttachmentFile, OutputStream> out) {
		CurrentUser me = person();
		record Row(long threadId, String fileName, long sizeBytes) {
		}
		Row row = jdbc.sql("select thread_id, file_name, size_bytes from conversation_attachments where id = ?")
			.param(attachmentId)
			.query(Row.class)
			.optional()
			.filter(r -> r.threadId() == threadId && book.summary(r.threadId(), me.id()).isPresent())
			.orElseThrow(NotFoundException::new);
		AttachmentFile file = new AttachmentFile(row.fileName(), row.sizeBytes());
		jdbc.sql("select content from conversation_attachments where id = ?").param(attachmentId).query(rs -> {
			try (InputStream in = rs.getBinaryStream(1)) {
				in.transferTo(out.apply(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return file;
	}

	private static CurrentUser person() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
	}

}
