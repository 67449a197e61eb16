package com.sellout.portal.audit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.audit.AuditEvent;
import com.sellout.portal.audit.AuditSubjects;
import com.sellout.portal.audit.AuditSubjects.Subject;
import com.sellout.portal.shared.Browsers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's lines as its pages show them: who acted by name and login, linked to
 * the person's card («Портал (автоматически)» for what the portal did itself); the object
 * by its name, linked to its page, with the distributor it concerns; the details in the
 * reader's words ({@link AuditDetails}). Names come from the modules that own the objects
 * ({@link AuditSubjects}), a page's worth at a time.
 */
@Component
class AuditRows {

	/**
	 * Actors that are the portal itself: no one logged in (a job, a listener), a
	 * channel's name for a file the portal sent itself, the old «system».
	 */
	private static final Set<String> PORTAL = Set.of("system", "portal", "api", "ftp", "email", "onec", "upload");

	private final List<AuditSubjects> subjects;

	private final MessageSource messages;

	AuditRows(List<AuditSubjects> subjects, MessageSource messages) {
		this.subjects = subjects;
		this.messages = messages;
	}

	/**
	 * One line: the event and how it reads; {@code browser} names the User-Agent as the
	 * profile's sessions do («Chrome 131 · Windows»).
	 */
	record Row(AuditEvent event, Named actor, @Nullable Named target, @Nullable Named distributor, String details,
			@Nullable String browser) {
	}

	/**
	 * A name as a line shows it.
	 *
	 * @param login the login under the name, when the name is a person's
	 */
	record Named(String name, @Nullable String login, @Nullable String href) {
	}

	List<Row> of(Collection<AuditEvent> events) {
		Locale locale = LocaleContextHolder.getLocale();
		Names names = new Names();
		for (AuditEvent e : events) {
			if (e.actor() != null) {
				names.want(AuditSubjects.PERSON, e.actor().toLowerCase(Locale.ROOT));
			}
			if (e.targetType() != null && e.targetId() != null) {
				names.want(e.targetType(), e.targetId());
			}
			if (e.distributorId() != null) {
				names.want("distributor", e.distributorId().toString());
			}
		}
		names.resolve();
		return events.stream().map(e -> row(e, names, locale)).toList();
	}

	private Row row(AuditEvent e, Names names, Locale locale) {
		Named target = target(e, names, locale);
		Named distributor = e.distributorId() == null || "distributor".equals(e.targetType()) ? null
				: names.get("distributor", e.distributorId().toString())
					.map(s -> new Named(s.name(), null, s.href()))
					.orElse(null);
		return new Row(e, actor(e.actor(), names, locale), target, distributor,
				AuditDetails.describe(e.details(), locale, messages, names::get), Browsers.describe(e.actorAgent()));
	}

	private Named actor(@Nullable String actor, Names names, Locale locale) {
		if (actor == null || actor.isBlank() || PORTAL.contains(actor.toLowerCase(Locale.ROOT))) {
			return new Named(text("audit.actor.portal", locale), null, null);
		}
		if (actor.startsWith("(")) {
			// an unknown key or token: no login was given
			return new Named(text(actor.contains("BI") ? "audit.actor.biKey" : "audit.actor.token", locale), null,
					null);
		}
		return names.get(AuditSubjects.PERSON, actor.toLowerCase(Locale.ROOT))
			.map(s -> new Named(s.name(), actor, s.href()))
			.orElseGet(() -> new Named(actor, null, null));
	}

	private @Nullable Named target(AuditEvent e, Names names, Locale locale) {
		if (e.targetType() == null || e.targetType().isBlank()) {
			return null;
		}
		String type = e.targetType();
		String id = e.targetId();
		if (id != null) {
			Optional<Subject> known = names.get(type, id);
			if (known.isPresent()) {
				String prefix = messages.getMessage("audit.prefix." + type, null, "", locale);
				return new Named((prefix + " " + known.get().name()).strip(), null, known.get().href());
			}
		}
		String key = "audit.target." + type;
		String label = messages.getMessage(key, new Object[] { id == null ? "" : id }, null, locale);
		if (label == null) {
			label = text("audit.target.other", locale) + (id == null ? "" : " " + id);
		}
		return new Named(label.strip(), null, null);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** The names wanted for a page, asked of their modules once per type. */
	private final class Names {

		private final Map<String, Set<String>> wanted = new HashMap<>();

		private final Map<String, Map<String, Subject>> known = new HashMap<>();

		void want(String type, String id) {
			wanted.computeIfAbsent(type, t -> new HashSet<>()).add(id);
		}

		void resolve() {
			wanted.forEach((type, ids) -> {
				for (AuditSubjects s : subjects) {
					if (s.types().contains(type)) {
						known.computeIfAbsent(type, t -> new HashMap<>()).putAll(s.name(type, ids));
					}
				}
			});
		}

		Optional<Subject> get(String type, String id) {
			Map<String, Subject> ofType = known.get(type);
			if (ofType != null && ofType.containsKey(id)) {
				return Optional.of(ofType.get(id));
			}
			if (wanted.getOrDefault(type, Set.of()).contains(id)) {
				return Optional.empty();
			}
			// asked by a note's details: one more look-up
			want(type, id);
			for (AuditSubjects s : subjects) {
				if (s.types().contains(type)) {
					known.computeIfAbsent(type, t -> new HashMap<>()).putAll(s.name(type, Set.of(id)));
				}
			}
			return Optional.ofNullable(known.getOrDefault(type, Map.of()).get(id));
		}

	}

}
