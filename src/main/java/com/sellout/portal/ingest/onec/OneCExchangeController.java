package com.sellout.portal.ingest.onec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.ingest.onec.ExchangeSessions.Session;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.FileRefusedException;
import com.sellout.portal.sellout.IncomingFile;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.sellout.Sender;
import com.sellout.portal.shared.FileNames;
import com.sellout.portal.shared.ZipArchives;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CommerceML "1C ↔ site" exchange protocol, so that a distributor's 1C pushes its
 * sale documents with the standard exchange instead of a hand-written HTTP client:
 * {@code checkauth} (HTTP Basic) opens a session answered as a cookie, {@code init} tells
 * 1C to zip and how large a chunk may be, {@code file} uploads are appended by file name
 * and processed when complete (a whole XML document, or a whole ZIP), {@code import}
 * processes what was sent. Answers are the protocol's plain text: {@code success}, or
 * {@code failure} and the reason on the next line. {@code success} means something was
 * stored: an empty chunk, a chunk sent as a form (its bytes read as parameters) or an
 * {@code import} of a file never sent is a failure; an odd file name (a NUL, over 255
 * characters) a failure with status 400.
 */
@RestController
@RequestMapping("/1c_exchange")
class OneCExchangeController {

	static final String COOKIE = "sellout_exchange";

	/** What 1C is told: chunks of at most this size. */
	private static final int FILE_LIMIT = 8 * 1024 * 1024;

	private final AuthenticationManager authentication;

	private final UserDetailsService users;

	private final ExchangeSessions sessions;

	private final SellOutIntake intake;

	private final MessageSource messages;

	private final Duration wait;

	OneCExchangeController(AuthenticationManager authentication, UserDetailsService users, ExchangeSessions sessions,
			SellOutIntake intake, MessageSource messages, SellOutSettings settings) {
		this.authentication = authentication;
		this.users = users;
		this.sessions = sessions;
		this.intake = intake;
		this.messages = messages;
		this.wait = settings.apiWait();
	}

	@RequestMapping
	ResponseEntity<String> exchange(@RequestParam(defaultValue = "") String mode,
			@RequestParam(required = false) String filename, HttpServletRequest request) throws IOException {
		if (mode.equals("checkauth")) {
			return checkauth(request);
		}
		Optional<Session> session = sessions.find(cookie(request));
		if (session.isEmpty()) {
			return failure("sellout.exchange.notAuthorised");
		}
		if ((mode.equals("file") || mode.equals("import")) && filename != null) {
			Optional<FileNames.Refusal> badName = FileNames.refusal(filename);
			if (badName.isPresent()) {
				return ResponseEntity.badRequest()
					.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
					.body(failureText(badName.get().key(), badName.get().arguments()));
			}
		}
		return switch (mode) {
			case "init" -> text("zip=yes\nfile_limit=" + FILE_LIMIT + "\n");
			case "file" -> file(session.get(), filename, request);
			case "import" -> process(session.get(), filename);
			case "query" -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
				.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.08\"/>\n");
			case "success" -> text("success\n");
			default -> failure("sellout.exchange.unknownMode", mode);
		};
	}

	private ResponseEntity<String> checkauth(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return failure("sellout.exchange.notAuthorised");
		}
		String[] credentials;
		try {
			credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8)
				.split(":", 2);
		}
		catch (IllegalArgumentException ex) {
			return failure("sellout.exchange.notAuthorised");
		}
		try {
			Authentication done = authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(credentials[0], credentials.length > 1 ? credentials[1] : ""));
			CurrentUser user = (CurrentUser) done.getPrincipal();
			if (user.isManufacturer()) {
				return failure("sellout.exchange.distributorOnly");
			}
			return text("success\n" + COOKIE + "\n"
					+ sessions.open(user.id(), user.distributorId(), user.accessVersion()) + "\n");
		}
		catch (AuthenticationException ex) {
			return failure("sellout.exchange.badCredentials");
		}
	}

	private ResponseEntity<String> file(Session session, String filename, HttpServletRequest request)
			throws IOException {
		if (filename == null || filename.isBlank()) {
			return failure("sellout.exchange.noFileName");
		}
		if (request.getContentType() != null && MediaType.parseMediaType(request.getContentType())
			.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
			// the servlet reads such a body as parameters: the chunk's bytes are gone
			return failure("sellout.exchange.formChunk");
		}
		byte[] chunk;
		try (InputStream in = request.getInputStream()) {
			chunk = in.readNBytes(FILE_LIMIT + 1);
		}
		if (chunk.length > FILE_LIMIT) {
			return failure("sellout.exchange.chunkTooLarge", FILE_LIMIT);
		}
		if (chunk.length == 0) {
			return failure("sellout.exchange.emptyChunk");
		}
		long size = sessions.append(session, filename, chunk);
		if (size > intake.maxFileSize()) {
			// told at once, before the rest of a file that will not be taken is sent
			sessions.forget(session, filename);
			return failure("reading.tooLarge", intake.maxFileSize() / 1024 / 1024);
		}
		byte[] content = sessions.content(session, filename);
		if (!isComplete(content)) {
			return text("success\n");
		}
		return process(session, filename);
	}

	/**
	 * Hands the file (or each file of a ZIP) to the sell-out door as the session's
	 * account.
	 */
	private ResponseEntity<String> process(Session session, String filename) {
		if (filename == null || filename.isBlank()) {
			return failure("sellout.exchange.noFileName");
		}
		byte[] content = sessions.content(session, filename);
		if (content.length == 0) {
			// "import" of a file processed when its last chunk came gets the answer given
			// then
			return sessions.answer(session, filename)
				.map(OneCExchangeController::text)
				.orElseGet(() -> failure("sellout.exchange.unknownFile", filename));
		}
		CurrentUser account = (CurrentUser) users.loadUserByUsername(session.login());
		Sender sender = intake.sender(account, session.distributorId(), Channel.ONEC_EXCHANGE);
		try {
			List<String> failures = new ArrayList<>();
			for (ZipArchives.Entry entry : ZipArchives.entries(filename, content, intake.maxFileSize())) {
				failures.addAll(receive(entry, sender));
			}
			String answer = failures.isEmpty() ? "success\n" : "failure\n" + String.join("; ", failures) + "\n";
			sessions.processed(session, filename, answer);
			return text(answer);
		}
		catch (ZipArchives.Refused refused) {
			String answer = failureText(refused.getMessage());
			sessions.processed(session, filename, answer);
			return text(answer);
		}
	}

	/**
	 * A file of the exchange received and processed: nothing to tell, or why it made no
	 * accepted report.
	 */
	private List<String> receive(ZipArchives.Entry entry, Sender sender) {
		try {
			SellOutReport report = intake.receive(IncomingFile.of(entry.name(), null, entry.content()), sender, wait)
				.report();
			if (report.status() == ReportStatus.REJECTED || report.status() == ReportStatus.NEEDS_MAPPING) {
				return List.of(entry.name() + ": "
						+ messages.getMessage(
								report.rejectionKey() == null ? "sellout.exchange.notProcessed" : report.rejectionKey(),
								report.rejectionArgs(), Locale.forLanguageTag("ru")));
			}
			return List.of();
		}
		catch (FileRefusedException refused) {
			return List.of(entry.name() + ": "
					+ messages.getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag("ru")));
		}
	}

	/**
	 * A whole XML document (its root closed) or a whole ZIP (its central directory
	 * there).
	 */
	static boolean isComplete(byte[] content) {
		if (ZipArchives.isZip(content)) {
			for (int i = content.length - 22; i >= Math.max(0, content.length - 65_557); i--) {
				if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
					return true;
				}
			}
			return false;
		}
		String tail = new String(content, Math.max(0, content.length - 512), Math.min(512, content.length),
				StandardCharsets.UTF_8)
			.strip();
		return tail.endsWith("</КоммерческаяИнформация>") || tail.endsWith("</Message>") || tail.endsWith("}")
				|| tail.endsWith("]");
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (cookie.getName().equals(COOKIE)) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private ResponseEntity<String> failure(String key, Object... arguments) {
		return text(failureText(key, arguments));
	}

	private String failureText(String key, Object... arguments) {
		return "failure\n" + messages.getMessage(key, arguments, key, Locale.forLanguageTag("ru")) + "\n";
	}

	private static ResponseEntity<String> text(String body) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(body);
	}

}
