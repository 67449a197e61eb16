package com.sellout.portal.identity;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the person proved who they are recently enough for a sensitive action: a
 * password or a second-factor code within the window (10 minutes by default). A web
 * session remembers when (at login, at each second factor, at each confirmation); an API
 * request is recent when its own Basic password was checked, or when it carries the proof
 * in {@code X-Reauthenticate} — a personal token alone never is.
 */
@Component
public class Reauthentication {

	/** The session attribute: when the person last gave their password or code. */
	public static final String AUTHENTICATED_AT = Reauthentication.class.getName() + ".at";

	/** The request attribute set when this very request carried a checked proof. */
	public static final String CONFIRMED_NOW = Reauthentication.class.getName() + ".now";

	/** The page form's field with the password or code. */
	public static final String SECRET_PARAMETER = "reauthSecret";

	/** The API's header with the password or code. */
	public static final String SECRET_HEADER = "X-Reauthenticate";

	private final Settings settings;

	private final Clock clock;

	@Autowired
	Reauthentication(Settings settings) {
		this(settings, Clock.systemUTC());
	}

	Reauthentication(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param window how long a password or code given counts for sensitive actions
	 */
	@ConfigurationProperties("portal.security.reauthentication")
	public record Settings(@DefaultValue("10m") Duration window) {
	}

	/** Remember that the person just gave their password or code. */
	public void markNow(HttpServletRequest request) {
		request.setAttribute(CONFIRMED_NOW, Boolean.TRUE);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(AUTHENTICATED_AT, clock.millis());
		}
	}

	public boolean isRecent(HttpServletRequest request) {
		if (Boolean.TRUE.equals(request.getAttribute(CONFIRMED_NOW))) {
			return true;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return checkedPasswordInThisRequest(request);
		}
		return session.getAttribute(AUTHENTICATED_AT) instanceof Long at
				&& clock.millis() - at <= settings.window().toMillis();
	}

	/** Refuses the action unless the person proved who they are recently. */
	public void require(HttpServletRequest request) {
		if (!isRecent(request)) {
			throw new ReauthenticationRequired(false);
		}
	}

	/**
	 * A stateless request with a Basic password the portal checked itself (a personal
	 * token given as the Basic password authenticates as another kind).
	 */
	private static boolean checkedPasswordInThisRequest(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
				&& authentication.getClass() == UsernamePasswordAuthenticationToken.class
				&& authentication.isAuthenticated();
	}

}
