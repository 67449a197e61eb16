package com.sellout.portal.identity.users;

import java.util.UUID;

import com.sellout.portal.identity.sessions.WebSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ending web sessions from the pages: a person's own on their profile (the list is
 * {@code ProfileController}'s), everyone's of a person from their user card.
 */
@Controller
class SessionPages {

	private final WebSessions sessions;

	SessionPages(WebSessions sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends one of the person's sessions; ending the one in use logs this browser out.
	 */
	@PostMapping("/profile/sessions/{id}/end")
	String end(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
		UUID handle = WebSessions.handleOf(id);
		sessions.endMine(handle);
		if (WebSessions.currentHandle().filter(handle::equals).isPresent()) {
			HttpSession session = request.getSession(false);
			SecurityContextHolder.clearContext();
			if (session != null) {
				session.invalidate();
			}
			return "redirect:/login?ended";
		}
		flash.addFlashAttribute("notice", "websession.endedNotice");
		return "redirect:/profile#sessions";
	}

	/** «Выйти на всех устройствах»: every other session ends, this one goes on. */
	@PostMapping("/profile/sessions/end-all")
	String endAll(RedirectAttributes flash) {
		sessions.endMyOthers();
		flash.addFlashAttribute("notice", "websession.endedAllNotice");
		return "redirect:/profile#sessions";
	}

	/** From the user card: same rules as the card's other actions. */
	@PostMapping("/admin/users/{id}/sessions/end")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
	String endAllOf(@PathVariable long id, RedirectAttributes flash) {
		sessions.endAllOf(id);
		flash.addFlashAttribute("notice", "websession.endedByAdminNotice");
		return "redirect:/admin/users/" + id;
	}

}
