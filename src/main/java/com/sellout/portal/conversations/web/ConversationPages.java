package com.sellout.portal.conversations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.clients.Clients;
import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.AboutType;
import com.sellout.portal.conversations.ConversationState;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.Conversations.ThreadFilter;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewMessage.NewAttachment;
import com.sellout.portal.conversations.NewThread;
import com.sellout.portal.conversations.Side;
import com.sellout.portal.conversations.ThreadSummary;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.conversations.internal.AttachmentRules;
import com.sellout.portal.conversations.web.AboutTexts.AboutView;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The conversations' pages: the caller's threads, a new thread (about an object a link
 * elsewhere names), a thread with its messages, reply form, followers and state, the
 * threads about a report or a client for that object's card (an htmx fragment, so that
 * neither sell-out nor clients know this module), and «Вернуть дистрибьютору» on a
 * report. Everything goes through {@link Conversations}, in the caller's scope: another
 * distributor's thread or object is 404, an internal note from a distributor 403.
 */
@Controller
@RequestMapping("/conversations")
class ConversationPages {

	private static final int PAGE = 20;

	private static final int ABOUT_PAGE = 10;

	private final Conversations conversations;

	private final Distributors distributors;

	private final SellOutReports reports;

	private final Clients clients;

	private final AboutTexts abouts;

	private final MessageSource messages;

	ConversationPages(Conversations conversations, Distributors distributors, SellOutReports reports, Clients clients,
			AboutTexts abouts, MessageSource messages) {
		this.conversations = conversations;
		this.distributors = distributors;
		this.reports = reports;
		this.clients = clients;
		this.abouts = abouts;
		this.messages = messages;
	}

	// --- the list ---------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) @Nullable Long distributor,
			@RequestParam(required = false) @Nullable Long reportId,
			@RequestParam(required = false) @Nullable Long clientId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		ConversationState chosen = state(state);
		Long distributorId = me.isManufacturer() ? distributor : null;
		PageSlice<ThreadSummary> threads = conversations
			.find(new ThreadFilter(distributorId, chosen, reportId, clientId, false, unread), Math.max(0, page), PAGE);
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

	// --- a new thread ------------------------------------------------------------

	/** What the new-thread form holds; the about comes as hidden fields. */
	record ThreadForm(@Nullable String about, @Nullable Long reportId, @Nullable Integer lineNo,
			@Nullable Long clientId, @Nullable String period, @Nullable String sku, @Nullable Long distributor,
			@Nullable String subject, @Nullable String text) {

		About toAbout() {
			AboutType type = type(about);
			return switch (type) {
				case REPORT -> About.report(required(reportId));
				case LINE -> About.line(required(reportId), required(lineNo));
				case CLIENT -> About.client(required(clientId));
				case PERIOD -> About.period(month(period));
				case STOCK -> About.stock(sku == null ? "" : sku, month(period));
				case GENERAL -> About.general();
			};
		}

		ThreadForm withDistributor(@Nullable Long distributorId) {
			return new ThreadForm(about, reportId, lineNo, clientId, period, sku, distributorId, subject, text);
		}

		private static AboutType type(@Nullable String about) {
			if (about == null || about.isBlank()) {
				return AboutType.GENERAL;
			}
			try {
				return AboutType.valueOf(about.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new RefusedException("conversations.about.unknownType", about);
			}
		}

		private static YearMonth month(@Nullable String period) {
			try {
				return YearMonth.parse(required(period).strip());
			}
			catch (DateTimeParseException ex) {
				throw new RefusedException("conversations.about.badPeriod", period);
			}
		}

		private static <T> T required(@Nullable T value) {
			if (value == null) {
				throw new RefusedException("conversations.about.incomplete");
			}
			return value;
		}

	}

	@GetMapping("/new")
	String newThread(@RequestParam(required = false) @Nullable String about,
			@RequestParam(required = false) @Nullable Long reportId,
			@RequestParam(required = false) @Nullable Integer lineNo,
			@RequestParam(required = false) @Nullable Long clientId,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable Long distributor, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		ThreadForm form = new ThreadForm(about, reportId, lineNo, clientId, period, sku, distributor, null, null);
		return threadForm(form, me, model, Map.of(), null, false);
	}

	@PostMapping
	String create(ThreadForm form, @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		List<NewAttachment> attachments = attachments(files);
		Long distributorId = me.isManufacturer() && !namesDistributor(form.toAbout()) ? form.distributor() : null;
		try {
			ConversationThread thread = conversations
				.open(new NewThread(distributorId, form.subject() == null ? "" : form.subject(), form.toAbout(),
						new NewMessage(form.text() == null ? "" : form.text(), false, attachments, Via.PORTAL)));
			flash.addFlashAttribute("notice", "conversations.page.opened");
			return "redirect:/conversations/" + thread.id();
		}
		catch (InvalidFieldsException invalid) {
			return threadForm(form, me, model, errors(invalid), null, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return threadForm(form, me, model, Map.of(), text(refused), !attachments.isEmpty());
		}
	}

	private String threadForm(ThreadForm form, CurrentUser me, Model model, Map<String, String> errors,
			@Nullable String refusal, boolean filesLost) {
		About about = form.toAbout();
		checkVisible(about);
		List<Distributor> choices = List.of();
		if (me.isManufacturer() && !namesDistributor(about)) {
			choices = distributors.all();
			if (about.type() == AboutType.CLIENT) {
				Set<Long> owners = Set.copyOf(clients.distributorsOf(about.clientId()));
				choices = choices.stream().filter(d -> owners.contains(d.id())).toList();
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("aboutView", abouts.describer().describe(about));
		model.addAttribute("aboutType", about.type().name());
		model.addAttribute("distributorChoices", choices);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("filesLost", filesLost);
		model.addAttribute("accept", accept());
		return "conversations/new";
	}

	/** A report or a line names its distributor; a client with a single one too. */
	private boolean namesDistributor(About about) {
		return switch (about.type()) {
			case REPORT, LINE -> true;
			case CLIENT -> clients.distributorsOf(about.clientId()).size() == 1;
			default -> false;
		};
	}

	/** An object the caller cannot see is missing, before the form is even shown. */
	private void checkVisible(About about) {
		switch (about.type()) {
			case REPORT -> reports.find(about.reportId()).orElseThrow(NotFoundException::new);
			case LINE -> reports.line(about.reportId(), about.lineNo()).orElseThrow(NotFoundException::new);
			case CLIENT -> clients.find(about.clientId()).orElseThrow(NotFoundException::new);
			default -> {
			}
		}
	}

	// --- a thread ----------------------------------------------------------------

	@GetMapping("/{id}")
	String thread(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		ConversationThread thread = conversations.get(id);
		conversations.markRead(id);
		return threadPage(thread, me, model, null, Map.of(), null, false, false);
	}

	@PostMapping("/{id}/messages")
	String post(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		ConversationThread thread = conversations.get(id);
		if (internal && !me.isManufacturer()) {
			throw new AccessDeniedException("Internal notes are the manufacturer's");
		}
		List<NewAttachment> attachments = attachments(files);
		try {
			conversations.post(id, new NewMessage(text == null ? "" : text, internal, attachments, Via.PORTAL));
			flash.addFlashAttribute("notice", internal ? "conversations.page.noted" : "conversations.page.sent");
			return "redirect:/conversations/" + id + "#last";
		}
		catch (InvalidFieldsException invalid) {
			return threadPage(thread, me, model, text, errors(invalid), null, internal, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return threadPage(thread, me, model, text, Map.of(), text(refused), internal, !attachments.isEmpty());
		}
	}

	@PostMapping("/{id}/state")
	String state(@PathVariable long id, @RequestParam String state, RedirectAttributes flash) {
		ConversationState chosen = state(state);
		if (chosen == null) {
			throw new RefusedException("conversations.state.required");
		}
		conversations.changeState(id, chosen);
		flash.addFlashAttribute("notice",
				chosen == ConversationState.RESOLVED ? "conversations.page.resolved" : "conversations.page.reopened");
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/{id}/followers")
	String follow(@PathVariable long id, @RequestParam long userId, RedirectAttributes flash) {
		conversations.follow(id, userId);
		flash.addFlashAttribute("notice", "conversations.page.followerAdded");
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/{id}/followers/{userId}/remove")
	String unfollow(@PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
		conversations.unfollow(id, userId);
		flash.addFlashAttribute("notice", "conversations.page.followerRemoved");
		return "redirect:/conversations/" + id;
	}

	/** An attachment of this thread, always as a download. */
	@GetMapping("/{id}/attachments/{attachmentId}")
	void attachment(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
		Downloads.send(conversations, id, attachmentId, response);
	}

	private String threadPage(ConversationThread thread, CurrentUser me, Model model, @Nullable String text,
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
		model.addAttribute("accept", accept());
		model.addAttribute("removable", removable(thread, me));
		return "conversations/thread";
	}

	/**
	 * Whom the caller may take off the followers: themselves; anyone for the
	 * manufacturer.
	 */
	private static Set<Long> removable(ConversationThread thread, CurrentUser me) {
		return thread.followers()
			.stream()
			.filter(f -> me.isManufacturer() || f.userId() == me.id() || f.side() == Side.DISTRIBUTOR)
			.map(ConversationThread.Follower::userId)
			.collect(Collectors.toSet());
	}

	// --- «Вернуть дистрибьютору» ---------------------------------------------------

	@GetMapping("/return/{reportId}")
	String returnForm(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser me, Model model) {
		SellOutReport report = returnable(reportId, me);
		return returnPage(report, subjectFor(report), null, model, Map.of(), null, false);
	}

	@PostMapping("/return/{reportId}")
	String returnToDistributor(@PathVariable long reportId, @RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		SellOutReport report = returnable(reportId, me);
		List<NewAttachment> attachments = attachments(files);
		if (text == null || text.isBlank()) {
			return returnPage(report, subject, text, model,
					Map.of("text", message("conversations.return.textRequired")), null, !attachments.isEmpty());
		}
		try {
			ConversationThread thread = conversations.returnToDistributor(reportId, subject == null ? "" : subject,
					new NewMessage(text, false, attachments, Via.PORTAL));
			flash.addFlashAttribute("notice", "conversations.return.done");
			return "redirect:/conversations/" + thread.id();
		}
		catch (InvalidFieldsException invalid) {
			return returnPage(report, subject, text, model, errors(invalid), null, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return returnPage(report, subject, text, model, Map.of(), text(refused), !attachments.isEmpty());
		}
	}

	private SellOutReport returnable(long reportId, CurrentUser me) {
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("Only the manufacturer returns a report");
		}
		return reports.find(reportId).orElseThrow(NotFoundException::new);
	}

	private String subjectFor(SellOutReport report) {
		return report.kind() == ReportKind.STOCK && report.asOf() != null
				? message("conversations.return.subjectStock",
						report.asOf().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
				: message("conversations.return.subject", AboutTexts.month(report.period()));
	}

	private String returnPage(SellOutReport report, @Nullable String subject, @Nullable String text, Model model,
			Map<String, String> errors, @Nullable String refusal, boolean filesLost) {
		model.addAttribute("report", report);
		model.addAttribute("reportHref", AboutTexts.reportHref(report.id(), Optional.of(report)));
		model.addAttribute("aboutView", abouts.describer().describe(About.report(report.id())));
		model.addAttribute("subject", subject);
		model.addAttribute("text", text);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("filesLost", filesLost);
		model.addAttribute("accept", accept());
		return "conversations/return";
	}

	// --- helpers -------------------------------------------------------------------

	private Map<Long, AboutView> describe(List<ThreadSummary> threads) {
		AboutTexts.Describer describer = abouts.describer();
		Map<Long, AboutView> views = new LinkedHashMap<>();
		for (ThreadSummary thread : threads) {
			views.put(thread.id(), describer.describe(thread.about()));
		}
		return views;
	}

	/** The files chosen, by their clean names; a file input left empty sends none. */
	private static List<NewAttachment> attachments(@Nullable List<MultipartFile> files) {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			String original = file.getOriginalFilename();
			if (file.isEmpty() && (original == null || original.isBlank())) {
				continue;
			}
			try {
				attachments.add(new NewAttachment(AttachmentRules.cleanName(original), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return attachments;
	}

	/** The accept attribute of the file inputs: the types the rules take. */
	private static String accept() {
		return AttachmentRules.TYPES.stream().sorted().map(t -> "." + t).collect(Collectors.joining(","));
	}

	private static @Nullable ConversationState state(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return ConversationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException("conversations.state.unknown", state);
		}
	}

	private Map<String, String> errors(InvalidFieldsException invalid) {
		return invalid.problems()
			.stream()
			.collect(Collectors.toMap(InvalidFieldsException.FieldProblem::field, p -> message(p.message()),
					(a, b) -> a + " " + b, LinkedHashMap::new));
	}

	private String text(RefusedException refused) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(),
				LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
