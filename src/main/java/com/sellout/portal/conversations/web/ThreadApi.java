package com.sellout.portal.conversations.web;

import java.net.URI;
import java.util.List;

import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.Conversations.ThreadFilter;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewThread;
import com.sellout.portal.conversations.ThreadMessage;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.conversations.web.ThreadJson.Items;
import com.sellout.portal.conversations.web.ThreadJson.MessageView;
import com.sellout.portal.conversations.web.ThreadJson.NewMessageRequest;
import com.sellout.portal.conversations.web.ThreadJson.NewThreadRequest;
import com.sellout.portal.conversations.web.ThreadJson.StateRequest;
import com.sellout.portal.conversations.web.ThreadJson.ThreadView;
import com.sellout.portal.conversations.web.ThreadJson.Unread;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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
 * Conversations over the API, in the caller's scope: another distributor's thread is 404,
 * and so is an {@code about} naming an object the caller cannot see. The manufacturer
 * names the distributor it writes to; a distributor's people always write to the
 * manufacturer. Internal notes only from the manufacturer.
 */
@RestController
@RequestMapping("/api/v1/threads")
@Tag(name = "Conversations")
class ThreadApi {

	private static final int PAGE = 200;

	private final Conversations conversations;

	private final DistributorCodes codes;

	ThreadApi(Conversations conversations, DistributorCodes codes) {
		this.conversations = conversations;
		this.codes = codes;
	}

	@GetMapping
	@Operation(summary = "The caller's threads, latest first: state=OPEN|ANSWERED|RESOLVED, distributor=CODE "
			+ "(the manufacturer), unread=true for those with unread messages; each optional")
	Items<ThreadView> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page) {
		ThreadFilter filter = new ThreadFilter(codes.idOf(distributor), ConversationParams.filterState(state), null,
				null, false, unread);
		return new Items<>(conversations.find(filter, Math.max(0, page), PAGE)
			.items()
			.stream()
			.map(t -> ThreadView.of(t, null))
			.toList());
	}

	@GetMapping("/unread")
	@Operation(summary = "How many threads the caller follows have messages they have not read")
	Unread unread() {
		return new Unread(conversations.unreadThreads());
	}

	@PostMapping
	@Operation(summary = "Opens a thread: {\"distributor\":\"CODE\" (the manufacturer only),\"subject\",\"text\","
			+ "\"about\":{\"type\":\"REPORT\",\"reportId\"}|{\"type\":\"LINE\",\"reportId\",\"lineNo\"}|"
			+ "{\"type\":\"CLIENT\",\"clientId\"}|{\"type\":\"PERIOD\",\"period\":\"YYYY-MM\"}|"
			+ "{\"type\":\"STOCK\",\"sku\",\"period\"}|{\"type\":\"GENERAL\"}}")
	ResponseEntity<ThreadView> open(@RequestBody NewThreadRequest body, @AuthenticationPrincipal CurrentUser me) {
		About about = body.about() == null ? About.general() : body.about().toAbout();
		Long distributorId = me.isManufacturer() ? codes.idOf(body.distributor()) : ownOnly(me, body.distributor());
		ConversationThread thread = conversations
			.open(new NewThread(distributorId, body.subject() == null ? "" : body.subject(), about,
					new NewMessage(text(body.text()), false, List.of(), Via.API)));
		return ResponseEntity.created(URI.create("/api/v1/threads/" + thread.id())).body(ThreadView.of(thread));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A thread with its messages; reading it marks it read")
	ThreadView get(@PathVariable long id) {
		ConversationThread thread = conversations.get(id);
		conversations.markRead(id);
		return ThreadView.of(thread);
	}

	@GetMapping("/{id}/messages")
	@Operation(summary = "A thread's messages, oldest first")
	Items<MessageView> messages(@PathVariable long id) {
		ConversationThread thread = conversations.get(id);
		conversations.markRead(id);
		return new Items<>(thread.messages().stream().map(m -> MessageView.of(id, m)).toList());
	}

	@PostMapping("/{id}/messages")
	@Operation(summary = "Adds a message: {\"text\",\"internal\"} — internal (a note the distributor never sees) "
			+ "only from the manufacturer")
	ResponseEntity<MessageView> post(@PathVariable long id, @RequestBody NewMessageRequest body) {
		ThreadMessage message = conversations.post(id,
				new NewMessage(text(body.text()), Boolean.TRUE.equals(body.internal()), List.of(), Via.API));
		return ResponseEntity.created(URI.create("/api/v1/threads/" + id + "/messages"))
			.body(MessageView.of(id, message));
	}

	@PostMapping("/{id}/state")
	@Operation(summary = "Resolves a thread or opens it again: {\"state\":\"RESOLVED\"|\"OPEN\"}")
	ThreadView state(@PathVariable long id, @RequestBody StateRequest body) {
		conversations.changeState(id, ConversationParams.newState(body.state()));
		return ThreadView.of(conversations.get(id));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "An attachment's bytes, always as a download")
	void attachment(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
		Downloads.send(conversations, id, attachmentId, response);
	}

	/** A distributor's people may name only their own distributor (or none). */
	private static @Nullable Long ownOnly(CurrentUser me, @Nullable String distributor) {
		if (distributor != null && !distributor.isBlank()
				&& !distributor.strip().equalsIgnoreCase(me.distributorCode())) {
			throw new RefusedException("conversations.distributor.manufacturerOnly");
		}
		return null;
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

}
