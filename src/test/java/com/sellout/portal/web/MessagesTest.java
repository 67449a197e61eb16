package com.sellout.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page, message and validation error exists in Russian and in English. */
class MessagesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	private static final Pattern FORM_KEY = Pattern.compile("\"\\{([a-zA-Z][\\w.]*)}\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndValidationExists() throws IOException {
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), ".java", FORM_KEY, used);
		for (Role role : Role.values()) {
			used.add("role." + role);
		}
		for (AuditAction action : AuditAction.values()) {
			used.add("audit.action." + action);
		}
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void russianTextsAreRussian() throws IOException {
		Properties russian = load("messages.properties");
		assertThat(russian.getProperty("login.submit")).isEqualTo("Войти");
		assertThat(load("messages_en.properties").getProperty("login.submit")).isEqualTo("Sign in");
	}

	/**
	 * A text with arguments goes through MessageFormat, which swallows a lone apostrophe
	 * («the distributor's {0}» would read «the distributors {0}»): it must be doubled.
	 */
	@Test
	void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties texts = load(file);
			Set<String> swallowed = new TreeSet<>();
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (argument.matcher(text).find() && lone.matcher(text).find()) {
					swallowed.add(key);
				}
			}
			assertThat(swallowed).as(file).isEmpty();
		}
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
