package com.sellout.portal.clients;

/** A person to talk to at a client. */
public record Contact(long id, long clientId, String name, String email, String phone) {
}
