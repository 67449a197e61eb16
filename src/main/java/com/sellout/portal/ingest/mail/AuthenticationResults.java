package com.sellout.portal.ingest.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code Authentication-Results} header (RFC 8601) as far as the intake needs it: who
 * added it (the authserv-id) and each result — method, result, properties. Comments in
 * parentheses (nested, with escapes) are dropped, quoted strings are read as values,
 * names compare case-insensitively. A header that cannot be read gives no results, which
 * never counts as a pass.
 */
record AuthenticationResults(String authservId, List<Result> results) {

	/**
	 * One {@code method=result} with its properties ({@code header.d},
	 * {@code header.from}, …, lower-case keys).
	 */
	record Result(String method, String result, Map<String, String> properties) {

		boolean passed(String method) {
			return this.method.equals(method) && result.equals("pass");
		}

	}

	static final AuthenticationResults NONE = new AuthenticationResults(null, List.of());

	static AuthenticationResults parse(String header) {
		if (header == null) {
			return NONE;
		}
		List<List<String>> statements = statements(header);
		if (statements.isEmpty() || statements.get(0).isEmpty()) {
			return NONE;
		}
		String authservId = statements.get(0).get(0);
		List<Result> results = new ArrayList<>();
		for (List<String> words : statements.subList(1, statements.size())) {
			Result result = result(words);
			if (result != null) {
				results.add(result);
			}
		}
		return new AuthenticationResults(authservId, List.copyOf(results));
	}

	/**
	 * {@code method[/version] = result [reason=…] (ptype.property = value)*}; null if it
	 * is not one.
	 */
	private static Result result(List<String> words) {
		if (words.size() < 3 || !words.get(1).equals("=")) {
			return null;
		}
		String method = words.get(0).toLowerCase(Locale.ROOT);
		int slash = method.indexOf('/');
		method = slash < 0 ? method : method.substring(0, slash);
		String value = words.get(2).toLowerCase(Locale.ROOT);
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 3; i < words.size();) {
			if (i + 2 < words.size() && words.get(i + 1).equals("=")) {
				properties.putIfAbsent(words.get(i).toLowerCase(Locale.ROOT), words.get(i + 2));
				i += 3;
			}
			else {
				i++;
			}
		}
		return new Result(method, value, Map.copyOf(properties));
	}

	/**
	 * The header split at the semicolons outside quotes and comments, each part as words:
	 * tokens, quoted strings (unquoted) and {@code =} on its own.
	 */
	private static List<List<String>> statements(String header) {
		List<List<String>> statements = new ArrayList<>();
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (depth > 0) {
				if (c == '\\') {
					i++;
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					depth--;
				}
				continue;
			}
			if (c == '(') {
				flush(word, words);
				depth = 1;
			}
			else if (c == '"') {
				flush(word, words);
				StringBuilder quoted = new StringBuilder();
				for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
					if (header.charAt(i) == '\\' && i + 1 < header.length()) {
						i++;
					}
					quoted.append(header.charAt(i));
				}
				words.add(quoted.toString());
			}
			else if (c == ';') {
				flush(word, words);
				statements.add(words);
				words = new ArrayList<>();
			}
			else if (c == '=') {
				flush(word, words);
				words.add("=");
			}
			else if (Character.isWhitespace(c)) {
				flush(word, words);
			}
			else {
				word.append(c);
			}
		}
		flush(word, words);
		statements.add(words);
		return statements;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/** Whether this header was added by one of these servers. */
	boolean addedBy(List<String> trustedIds) {
		return authservId != null && trustedIds.stream().anyMatch(authservId::equalsIgnoreCase);
	}

	/**
	 * Whether the sender's domain is authenticated: {@code dmarc=pass} (for this From
	 * domain when it names one), or a {@code dkim=pass} whose signing domain
	 * ({@code header.d}, or the domain of {@code header.i}) is aligned with it — the same
	 * domain or one a subdomain of the other.
	 */
	boolean authenticates(String fromDomain) {
		if (fromDomain == null || fromDomain.isEmpty()) {
			return false;
		}
		for (Result result : results) {
			if (result.passed("dmarc")) {
				String headerFrom = result.properties().get("header.from");
				if (headerFrom == null || domainOf(headerFrom).equals(fromDomain)) {
					return true;
				}
			}
			if (result.passed("dkim")) {
				String signer = result.properties().containsKey("header.d") ? result.properties().get("header.d")
						: result.properties().get("header.i");
				if (signer != null && aligned(domainOf(signer), fromDomain)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Organisational alignment without a public-suffix list: equal, or one a subdomain of
	 * the other (never a bare TLD).
	 */
	static boolean aligned(String signer, String from) {
		if (signer.isEmpty() || !signer.contains(".") || !from.contains(".")) {
			return false;
		}
		return signer.equals(from) || from.endsWith("." + signer) || signer.endsWith("." + from);
	}

	/**
	 * The domain of {@code local@domain}, {@code @domain} or {@code domain}, lower-case,
	 * without a trailing dot.
	 */
	static String domainOf(String value) {
		String domain = value.substring(value.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
		return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
	}

}
