package com.sellout.portal.conversations.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.clients.Clients;
import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.AboutType;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewMessage.NewAttachment;
import com.sellout.portal.conversations.NewThread;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.conversations.internal.AboutCheck;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new thread, about the object the link that opens the form names (its fields come back
 * as hidden fields). An object the caller cannot see is missing before the form is shown,
 * by the same check the thread is opened with ({@link AboutCheck}).
 */
@Controller
@RequestMapping("/conversations")
class NewThreadPages {

	private final Conversations conversations;

	private final AboutCheck aboutCheck;

	private final Distributors distributors;

	private final Clients clients;

	private final AboutTexts abouts;

	private final FormSupport forms;

	NewThreadPages(Conversations conversations, AboutCheck aboutCheck, Distributors distributors, Clients clients,
			AboutTexts abouts, FormSupport forms) {
		this.conversations = conversations;
		this.aboutCheck = aboutCheck;
		this.distributors = distributors;
		this.clients = clients;
		this.abouts = abouts;
		this.forms = forms;
	}

	/** What the new-thread form holds; the about comes as hidden fields. */
	record ThreadForm(@Nullable String about, @Nullable Long reportId, @Nullable Integer lineNo,
			@Nullable Long clientId, @Nullable String period, @Nullable String sku, @Nullable Long distributor,
			@Nullable String subject, @Nullable String text, @Nullable Long projectId) {

		About toAbout() {
			return new About(ConversationParams.aboutType(about), reportId, lineNo, clientId,
					ConversationParams.period(period), sku, projectId);
		}

	}

	@GetMapping("/new")
	String newThread(@RequestParam(required = false) @Nullable String about,
			@RequestParam(required = false) @Nullable Long reportId,
			@RequestParam(required = false) @Nullable Integer lineNo,
			@RequestParam(required = false) @Nullable Long clientId,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable Long distributor,
			@RequestParam(required = false) @Nullable Long projectId, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		ThreadForm form = new ThreadForm(about, reportId, lineNo, clientId, period, sku, distributor, null, null,
				projectId);
		return threadForm(form, me, model, Map.of(), null, false);
	}

	@PostMapping
	String create(ThreadForm form, @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		List<NewAttachment> attachments = FormSupport.attachments(files);
		AboutCheck.Checked about = aboutCheck.check(form.toAbout(), null);
		Long distributorId = me.isManufacturer() && about.distributorId() == null ? form.distributor() : null;
		try {
			ConversationThread thread = conversations
				.open(new NewThread(distributorId, form.subject() == null ? "" : form.subject(), about.about(),
						new NewMessage(form.text() == null ? "" : form.text(), false, attachments, Via.PORTAL)));
			flash.addFlashAttribute("notice", "conversations.page.opened");
			return "redirect:/conversations/" + thread.id();
		}
		catch (InvalidFieldsException invalid) {
			return threadForm(form, me, model, forms.errors(invalid), null, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return threadForm(form, me, model, Map.of(), forms.text(refused), !attachments.isEmpty());
		}
	}

	private String threadForm(ThreadForm form, CurrentUser me, Model model, Map<String, String> errors,
			@Nullable String refusal, boolean filesLost) {
		AboutCheck.Checked about = aboutCheck.check(form.toAbout(), null);
		List<Distributor> choices = List.of();
		if (me.isManufacturer() && about.distributorId() == null) {
			choices = distributors.all();
			if (about.about().type() == AboutType.CLIENT) {
				Set<Long> owners = Set.copyOf(clients.distributorsOf(about.clientId()));
				choices = choices.stream().filter(d -> owners.contains(d.id())).toList();
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("aboutView", abouts.describer().describe(about.about()));
		model.addAttribute("aboutType", about.about().type().name());
		model.addAttribute("distributorChoices", choices);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("filesLost", filesLost);
		model.addAttribute("accept", FormSupport.accept());
		model.addAttribute("types", FormSupport.types());
		return "conversations/new";
	}

}
