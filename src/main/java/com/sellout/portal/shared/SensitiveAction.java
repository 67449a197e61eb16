package com.sellout.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page or API action that asks the person to prove again who they are — their password
 * or a second-factor code within the last few minutes — before it runs: issuing secrets,
 * exporting every client, changing how a distributor's systems connect. The identity
 * module enforces it; a page asks inline and resends what the person submitted, the API
 * answers 403 {@code reauthentication-required} unless the request carries the proof.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SensitiveAction {

}
