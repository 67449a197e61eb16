package com.sellout.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test that needs more than the JVM it runs in: a Spring context, a database, a
 * browser, a server or a second JVM. {@code ./mvnw test} (surefire) leaves these out so
 * that it stays under a minute; {@code ./mvnw verify} runs them through failsafe.
 * {@link PortalTest} carries it, so every test of the shared portal does; a test that
 * starts its own servers, JVMs or databases names it. {@code FastTestsTest} fails when a
 * test that needs these lacks it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

	/** The JUnit tag the build's surefire excludes and failsafe includes (pom.xml). */
	String TAG = "integration";

}
