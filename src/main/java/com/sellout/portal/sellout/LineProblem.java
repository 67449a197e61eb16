package com.sellout.portal.sellout;

/**
 * Why a line is an exception (or what to look at): the field, the value as received, and a message
 * key in {@code i18n/messages} ({@code sellout.problem.*}) whose argument is the value.
 */
public record LineProblem(String field, String value, String code) {
}
