package com.sellout.portal.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database views a module publishes for other modules to read, declared on its
 * {@code package-info}: its read API in SQL, for what is read set-wise inside another
 * module's query (a join, a filter) rather than by a call. Every other table and view of
 * a module is its own — {@code TableOwnershipTest} fails when another module's SQL names
 * one. A published view is created in the owner's migrations
 * {@code with (security_invoker = true)}, so that the reader's row-level security
 * applies, and is read-only for the runtime role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ReadViews {

	/** The views' names, as in the migrations. */
	String[] value();

}
