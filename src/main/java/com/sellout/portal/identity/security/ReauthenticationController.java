package com.sellout.portal.identity.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.ReauthenticationRequired;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The confirmation page for a sensitive page opened by a link (an export): asks the
 * password or code, then goes back there.
 */
@Controller
@RequestMapping("/reauth")
class ReauthenticationController {

	private final Reauthentication reauthentication;

	ReauthenticationController(Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
	}

	@GetMapping
	String ask(@RequestParam(name = "continue", defaultValue = "/") String target,
			@RequestParam(defaultValue = "/") String back, Model model) {
		model.addAttribute("action", "/reauth");
		model.addAttribute("fields", List.of(Map.entry("continue", local(target)), Map.entry("back", local(back))));
		model.addAttribute("failed", false);
		model.addAttribute("back", local(back));
		return "identity/reauthenticate";
	}

	/**
	 * The proof itself was taken by {@link SensitiveActionInterceptor}; without one the
	 * page is asked again. Confirmed, a page that says so goes on to the link by itself
	 * (an export is a download: the browser stays on this page, which then reads right)
	 * and offers the way back.
	 */
	@PostMapping
	String confirmed(@RequestParam(name = "continue", defaultValue = "/") String target,
			@RequestParam(defaultValue = "/") String back, HttpServletRequest request, Model model) {
		if (!reauthentication.isRecent(request)) {
			throw new ReauthenticationRequired(false);
		}
		// answered by a redirect, so that reloading the page does not send the password
		// again
		return "redirect:/reauth/done?continue=" + URLEncoder.encode(local(target), StandardCharsets.UTF_8) + "&back="
				+ URLEncoder.encode(local(back), StandardCharsets.UTF_8);
	}

	@GetMapping("/done")
	String done(@RequestParam(name = "continue", defaultValue = "/") String target,
			@RequestParam(defaultValue = "/") String back, HttpServletRequest request, Model model) {
		if (!reauthentication.isRecent(request)) {
			return "redirect:/reauth?continue=" + URLEncoder.encode(local(target), StandardCharsets.UTF_8);
		}
		model.addAttribute("target", local(target));
		model.addAttribute("refreshTo", local(target));
		model.addAttribute("back", local(back));
		return "identity/reauthenticated";
	}

	/**
	 * Only an address of this portal: never a way to send the person elsewhere. Browsers
	 * drop tabs and line breaks from an address and read a backslash as a slash, so
	 * {@code /<tab>/evil.example} or {@code /\\evil.example} would leave the portal: an
	 * address holding any control character, space or backslash goes home instead.
	 */
	static String local(String target) {
		if (target == null || !target.startsWith("/") || target.startsWith("//")) {
			return "/";
		}
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			if (c <= ' ' || c == '\\' || c == 0x7f) {
				return "/";
			}
		}
		return target;
	}

}
