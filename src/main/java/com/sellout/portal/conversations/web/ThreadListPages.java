package com.sellout.portal.conversations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.conversations.ConversationState;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.Conversations.ThreadFilter;
import com.sellout.portal.conversations.ThreadSummary;
import com.sellout.portal.conversations.web.AboutTexts.AboutView;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caller's threads, and the threads about a report or a client for that object's card
 * (an htmx fragment, so that neither sell-out nor clients know this module).
 */
@Controller
@RequestMapping("/conversations")
class ThreadListPages {

	private static final int PAGE = 20;

	private static final int ABOUT_PAGE = 10;

	private final Conversations conversations;

	private final Distributors distributors;

	private final AboutTexts abouts;

	ThreadListPages(Conversations conversations, Distributors distributors, AboutTexts abouts) {
		this.conversations = conversations;
		this.distributors = distributors;
		this.abouts = abouts;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) @Nullable Long distributor,
			@RequestParam(required = false) @Nullable Long reportId,
			@RequestParam(required = false) @Nullable Long clientId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable Integer size, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		ConversationState chosen = ConversationParams.filterState(state);
		Long distributorId = me.isManufacturer() ? distributor : null;
		PageSlice<ThreadSummary> threads = conversations.find(
				new ThreadFilter(distributorId, chosen, reportId, clientId, false, unread), Math.max(0, page),
				ListQuery.sizeOr(size, PAGE));
		model.addAttribute("threads", threads);
		model.addAttribute("abouts", describe(threads.items()));
		model.addAttribute("states", ConversationState.values());
		model.addAttribute("state", chosen);
		model.addAttribute("unread", unread);
		model.addAttribute("distributor", distributorId);
		model.addAttribute("reportId", reportId);
		model.addAttribute("clientId", clientId);
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		return "conversations/list";
	}

	/**
	 * The threads about a report (its lines' too) or a client, for that object's card.
	 */
	@GetMapping("/about")
	String about(@RequestParam(required = false) @Nullable Long reportId,
			@RequestParam(required = false) @Nullable Long clientId, Model model) {
		if ((reportId == null) == (clientId == null)) {
			throw new NotFoundException();
		}
		ThreadFilter filter = reportId != null ? ThreadFilter.aboutReport(reportId)
				: ThreadFilter.aboutClient(clientId);
		PageSlice<ThreadSummary> threads = conversations.find(filter, 0, ABOUT_PAGE);
		model.addAttribute("threads", threads);
		model.addAttribute("abouts", describe(threads.items()));
		model.addAttribute("reportId", reportId);
		model.addAttribute("clientId", clientId);
		return "conversations/about :: threads";
	}

	private Map<Long, AboutView> describe(List<ThreadSummary> threads) {
		AboutTexts.Describer describer = abouts.describer();
		Map<Long, AboutView> views = new LinkedHashMap<>();
		for (ThreadSummary thread : threads) {
			views.put(thread.id(), describer.describe(thread.about()));
		}
		return views;
	}

}
