package com.sellout.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with its own cookie jar, like one browser tab: logs in through the
 * form with its CSRF token, posts forms, calls the API with Basic authentication.
 * Redirects are not followed so tests can see them.
 */
public class PortalHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	public static PortalHttp at(String base) {
		return new PortalHttp(base);
	}

	PortalHttp(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	/** Logs in through the login form; returns the response to the form's POST. */
	public HttpResponse<String> login(String login, String password) {
		String token = csrfOf(get("/login").body());
		return postForm("/login", Map.of("username", login, "password", password, "_csrf", token));
	}

	/** Logs in and fails the test unless the portal accepted it. */
	public PortalHttp loggedInAs(String login, String password) {
		HttpResponse<String> response = login(login, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("Login of " + login + " refused: " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse(""));
		}
		return this;
	}

	/** Posts a form with the CSRF token of the given page, as a browser would. */
	public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfOf(get(pagePath).body()));
		return postForm(actionPath, withToken);
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** An API call with HTTP Basic authentication (no cookies of this tab are needed). */
	public HttpResponse<String> api(String path, String login, String password) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(login, password))
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	/** An API call with a JSON body ("POST", "PUT") and HTTP Basic authentication. */
	public HttpResponse<String> apiSend(String method, String path, String json, String login, String password) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(login, password))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	/**
	 * Posts a file to the API as multipart {@code file}, with HTTP Basic authentication
	 * and extra headers.
	 */
	public HttpResponse<String> apiUpload(String path, String fileName, byte[] content, String login, String password,
			String... headers) {
		String boundary = "----api" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(login, password))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/**
	 * Any request with the given headers and no credentials of its own (a bearer token, a
	 * cookie).
	 */
	public HttpResponse<String> request(String method, String path, String contentType, byte[] content,
			String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.method(method, content == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(content));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/**
	 * Posts raw bytes to the API with their content type, HTTP Basic authentication and
	 * extra headers.
	 */
	public HttpResponse<String> apiPost(String path, String contentType, byte[] content, String login, String password,
			String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(login, password))
			.header("Accept", "application/json")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(content));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/** Uploads a file through a page's multipart form, with that page's CSRF token. */
	public HttpResponse<String> upload(String pagePath, String actionPath, Map<String, String> fields, String fileName,
			byte[] content) {
		String token = csrfOf(get(pagePath).body());
		String boundary = "----portal" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(actionPath))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> apiAnonymous(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
	}

	public Optional<String> sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("PORTALSESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
