package com.sellout.portal.clients;

/**
 * What the registry knows of a client by ИНН, for sell-out lines that name no region or
 * segment.
 */
public record KnownClient(String inn, String regionCode, String segment) {
}
