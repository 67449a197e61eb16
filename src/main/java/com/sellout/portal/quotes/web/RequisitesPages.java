package com.sellout.portal.quotes.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.quotes.QuoteRequisites;
import com.sellout.portal.quotes.Requisites;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requisites proposals print: «Реквизиты для КП» of the caller's distributor (its
 * administrator edits them, its managers read them) and the manufacturer's settings (its
 * administrator only: requisites and the logo, PNG or JPEG up to 1 MB).
 */
@Controller
@RequestMapping("/quotes")
class RequisitesPages {

	private final QuoteRequisites requisites;

	private final MessageSource messages;

	RequisitesPages(QuoteRequisites requisites, MessageSource messages) {
		this.requisites = requisites;
		this.messages = messages;
	}

	/** The form as typed. */
	record RequisitesForm(@Nullable String name, @Nullable String inn, @Nullable String kpp, @Nullable String address,
			@Nullable String bank, @Nullable String bik, @Nullable String account, @Nullable String corrAccount,
			@Nullable String phone, @Nullable String email) {

		Requisites requisites() {
			return new Requisites(name == null ? "" : name, inn, kpp, address, bank, bik, account, corrAccount, phone,
					email);
		}

		static RequisitesForm of(Requisites r) {
			return new RequisitesForm(r.name(), r.inn(), r.kpp(), r.address(), r.bank(), r.bik(), r.account(),
					r.corrAccount(), r.phone(), r.email());
		}

	}

	@GetMapping("/requisites")
	String distributorPage(@AuthenticationPrincipal CurrentUser me, Model model) {
		Long distributorId = own(me);
		return distributorPage(RequisitesForm.of(requisites.distributor(distributorId)), Map.of(), me, model);
	}

	@PostMapping("/requisites")
	String saveDistributor(@ModelAttribute RequisitesForm form, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale, RedirectAttributes flash) {
		own(me);
		try {
			requisites.saveOwn(form.requisites());
			flash.addFlashAttribute("notice", "quotes.requisites.saved");
			return "redirect:/quotes/requisites";
		}
		catch (InvalidFieldsException invalid) {
			return distributorPage(form, errors(invalid, locale), me, model);
		}
	}

	private String distributorPage(RequisitesForm form, Map<String, String> errors, CurrentUser me, Model model) {
		model.addAttribute("nav", "quote-requisites");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", me.role() == Role.DISTRIBUTOR_ADMIN);
		model.addAttribute("manufacturerSide", false);
		return "quotes/requisites";
	}

	@GetMapping("/settings")
	String manufacturerPage(@AuthenticationPrincipal CurrentUser me, Model model) {
		requireAdmin(me);
		return manufacturerPage(RequisitesForm.of(requisites.manufacturer()), Map.of(), model);
	}

	@PostMapping("/settings")
	String saveManufacturer(@ModelAttribute RequisitesForm form, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale, RedirectAttributes flash) {
		requireAdmin(me);
		try {
			requisites.saveManufacturer(form.requisites());
			flash.addFlashAttribute("notice", "quotes.requisites.saved");
			return "redirect:/quotes/settings";
		}
		catch (InvalidFieldsException invalid) {
			return manufacturerPage(form, errors(invalid, locale), model);
		}
	}

	@PostMapping("/settings/logo")
	String uploadLogo(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me, Model model,
			RedirectAttributes flash) throws IOException {
		requireAdmin(me);
		try {
			requisites.saveLogo(file.getBytes());
			flash.addFlashAttribute("notice", "quotes.logo.saved");
			return "redirect:/quotes/settings";
		}
		catch (RefusedException refused) {
			model.addAttribute("logoError", refused);
			return manufacturerPage(RequisitesForm.of(requisites.manufacturer()), Map.of(), model);
		}
	}

	@PostMapping("/settings/logo/remove")
	String removeLogo(@AuthenticationPrincipal CurrentUser me, RedirectAttributes flash) {
		requireAdmin(me);
		requisites.removeLogo();
		flash.addFlashAttribute("notice", "quotes.logo.removed");
		return "redirect:/quotes/settings";
	}

	/** A logo the portal took (checked at upload), for the settings page to show. */
	@GetMapping("/logos/{id}")
	ResponseEntity<byte[]> logo(@PathVariable long id) {
		byte[] content = requisites.logo(id).orElseThrow(NotFoundException::new);
		boolean png = content.length > 0 && (content[0] & 0xFF) == 0x89;
		return ResponseEntity.ok()
			.contentType(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	private String manufacturerPage(RequisitesForm form, Map<String, String> errors, Model model) {
		model.addAttribute("nav", "quote-settings");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", true);
		model.addAttribute("manufacturerSide", true);
		model.addAttribute("logoId", requisites.logoId());
		return "quotes/requisites";
	}

	private Map<String, String> errors(InvalidFieldsException invalid, Locale locale) {
		return invalid.problems()
			.stream()
			.collect(Collectors.toMap(InvalidFieldsException.FieldProblem::field,
					p -> messages.getMessage(p.message(), null, p.message(), locale), (a, b) -> a + " " + b,
					LinkedHashMap::new));
	}

	private static long own(CurrentUser me) {
		if (me.isManufacturer() || me.distributorId() == null) {
			throw new NotFoundException();
		}
		return me.distributorId();
	}

	private static void requireAdmin(CurrentUser me) {
		if (me.role() != Role.ADMIN) {
			throw new AccessDeniedException("The manufacturer's administrator only");
		}
	}

}
