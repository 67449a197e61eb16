package com.sellout.portal.conversations.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.conversations.ConversationState;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewMessage.NewAttachment;
import com.sellout.portal.conversations.Side;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A thread: its messages (viewing marks it read), the reply form, its followers and its
 * state, its attachments as downloads. Another distributor's thread is 404, an internal
 * note from a distributor 403.
 */
@Controller
@RequestMapping("/conversations/{id}")
class ThreadPages {

	private final Conversations conversations;

	private final AboutTexts abouts;

	private final FormSupport forms;

	ThreadPages(Conversations conversations, AboutTexts abouts, FormSupport forms) {
		this.conversations = conversations;
		this.abouts = abouts;
		this.forms = forms;
	}

	@GetMapping
	String thread(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		ConversationThread thread = conversations.get(id);
		conversations.markRead(id);
		return page(thread, me, model, null, Map.of(), null, false, false);
	}

	@PostMapping("/messages")
	String post(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		ConversationThread thread = conversations.get(id);
		if (internal && !me.isManufacturer()) {
			throw new AccessDeniedException("Internal notes are the manufacturer's");
		}
		List<NewAttachment> attachments = FormSupport.attachments(files);
		try {
			conversations.post(id, new NewMessage(text == null ? "" : text, internal, attachments, Via.PORTAL));
			flash.addFlashAttribute("notice", internal ? "conversations.page.noted" : "conversations.page.sent");
			return "redirect:/conversations/" + id + "#last";
		}
		catch (InvalidFieldsException invalid) {
			return page(thread, me, model, text, forms.errors(invalid), null, internal, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return page(thread, me, model, text, Map.of(), forms.text(refused), internal, !attachments.isEmpty());
		}
	}

	@PostMapping("/state")
	String state(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			RedirectAttributes flash) {
		ConversationState chosen = ConversationParams.newState(state);
		conversations.changeState(id, chosen);
		flash.addFlashAttribute("notice",
				chosen == ConversationState.RESOLVED ? "conversations.page.resolved" : "conversations.page.reopened");
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/followers")
	String follow(@PathVariable long id, @RequestParam long userId, RedirectAttributes flash) {
		conversations.follow(id, userId);
		flash.addFlashAttribute("notice", "conversations.page.followerAdded");
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/followers/{userId}/remove")
	String unfollow(@PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
		conversations.unfollow(id, userId);
		flash.addFlashAttribute("notice", "conversations.page.followerRemoved");
		return "redirect:/conversations/" + id;
	}

	/** An attachment of this thread, always as a download. */
	@GetMapping("/attachments/{attachmentId}")
	void attachment(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
		Downloads.send(conversations, id, attachmentId, response);
	}

	private String page(ConversationThread thread, CurrentUser me, Model model, @Nullable String text,
			Map<String, String> errors, @Nullable String refusal, boolean internal, boolean filesLost) {
		Set<Long> following = thread.followers().stream().map(f -> f.userId()).collect(Collectors.toSet());
		List<UserAccount> candidates = conversations.candidates(thread.id())
			.stream()
			.filter(u -> !following.contains(u.id()))
			.toList();
		model.addAttribute("thread", thread);
		model.addAttribute("summary", thread.summary());
		model.addAttribute("aboutView", abouts.describer().describe(thread.summary().about()));
		model.addAttribute("candidates", candidates);
		model.addAttribute("text", text);
		model.addAttribute("internal", internal);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("filesLost", filesLost);
		model.addAttribute("accept", FormSupport.accept());
		model.addAttribute("types", FormSupport.types());
		model.addAttribute("removable", removable(thread, me));
		return "conversations/thread";
	}

	/**
	 * Whom the caller may take off the followers: themselves and the distributor's
	 * people; anyone for the manufacturer.
	 */
	private static Set<Long> removable(ConversationThread thread, CurrentUser me) {
		return thread.followers()
			.stream()
			.filter(f -> me.isManufacturer() || f.userId() == me.id() || f.side() == Side.DISTRIBUTOR)
			.map(ConversationThread.Follower::userId)
			.collect(Collectors.toSet());
	}

}
