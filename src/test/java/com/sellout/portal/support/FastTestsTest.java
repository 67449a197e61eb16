package com.sellout.portal.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./mvnw test} stays fast only if every test that needs a Spring context, a
 * database, a browser, a server or a second JVM is tagged {@link IntegrationTest}: this
 * fails for one that is not, found by what its code (or the test code it uses) touches.
 */
class FastTestsTest {

	/** What makes a test need more than its JVM. */
	private static final List<String> HEAVY = List.of("org.springframework.boot.SpringApplication",
			"org.springframework.boot.builder.SpringApplicationBuilder",
			"org.springframework.boot.test.context.SpringBootTest",
			"org.springframework.modulith.test.ApplicationModuleTest",
			"io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
			"com.sellout.portal.database.internal.EmbeddedDatabaseServer", "java.lang.ProcessBuilder",
			"com.microsoft.playwright.Playwright", "com.icegreen.greenmail.util.GreenMail",
			"org.apache.ftpserver.FtpServerFactory", "java.sql.DriverManager");

	private static final JavaClasses tests = importTests();

	@Test
	void everyTestThatNeedsMoreThanItsJvmIsTaggedIntegration() {
		List<String> untagged = tests.stream()
			.filter(test -> test.getSimpleName().endsWith("Test") && test.isTopLevelClass())
			.filter(test -> !test.isEquivalentTo(FastTestsTest.class))
			.filter(test -> !tagged(test))
			.filter(this::needsMore)
			.map(JavaClass::getName)
			.sorted()
			.toList();

		assertThat(untagged)
			.as("tests that start Spring, a database, a browser, a server or a JVM but would run in "
					+ "./mvnw test: annotate them with @IntegrationTest")
			.isEmpty();
	}

	@Test
	void theCheckFindsThePortalsTestsAndTheStandaloneOnes() {
		assertThat(needsMore(tests.get(PortalTest.class))).isTrue();
		assertThat(needsMore(tests.get(BrowserTest.class))).isTrue();
		assertThat(needsMore(tests.get("com.sellout.portal.sellout.SellOutCrashTest"))).isTrue();
		assertThat(needsMore(tests.get("com.sellout.portal.database.internal.ExternalDatabaseTest"))).isTrue();
		assertThat(needsMore(tests.get("com.sellout.portal.sellout.internal.LineValidatorTest"))).isFalse();
		assertThat(tagged(tests.get("com.sellout.portal.sellout.SampleFilesTest"))).as("through PortalTest").isTrue();
	}

	/**
	 * The test classes alone: what they use outside is known by name, which is all the
	 * check needs (reading every library they touch would take most of a minute).
	 * ArchUnit's setting is global, so it is put back for the module checks that need the
	 * whole picture.
	 */
	private static JavaClasses importTests() {
		ArchConfiguration configuration = ArchConfiguration.get();
		boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
		configuration.setResolveMissingDependenciesFromClassPath(false);
		try {
			return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
				.importPackages("com.sellout.portal");
		}
		finally {
			configuration.setResolveMissingDependenciesFromClassPath(resolving);
		}
	}

	/**
	 * Tagged itself or through a superclass (the tag is inherited, as JUnit reads it).
	 */
	private static boolean tagged(JavaClass test) {
		if (test.isAnnotatedWith(IntegrationTest.class)) {
			return true;
		}
		return test.getAllRawSuperclasses().stream().anyMatch(type -> type.isAnnotatedWith(IntegrationTest.class));
	}

	/** Whether the test's code, or test code it reaches, uses one of {@link #HEAVY}. */
	private boolean needsMore(JavaClass test) {
		Set<String> seen = new HashSet<>();
		Deque<JavaClass> next = new ArrayDeque<>(List.of(test));
		while (!next.isEmpty()) {
			JavaClass current = next.pop();
			if (!seen.add(current.getName())) {
				continue;
			}
			if (current.getAnnotations().stream().anyMatch(a -> HEAVY.contains(a.getRawType().getName()))) {
				return true;
			}
			for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
				JavaClass target = dependency.getTargetClass();
				if (HEAVY.contains(target.getName())) {
					return true;
				}
				if (tests.contain(target.getName())) {
					next.push(tests.get(target.getName()));
				}
			}
		}
		return false;
	}

}
