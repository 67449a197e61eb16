package com.sellout.portal.tasks.internal;

import java.util.Optional;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.tasks.LinkType;

import org.springframework.stereotype.Component;

/** A client the caller sees (a distributor's: one assigned to it). */
@Component
class ClientLinkCheck implements LinkCheck {

	private final Clients clients;

	ClientLinkCheck(Clients clients) {
		this.clients = clients;
	}

	@Override
	public LinkType type() {
		return LinkType.CLIENT;
	}

	@Override
	public Optional<String> label(long id) {
		return clients.find(id).map(ClientLinkCheck::label);
	}

	static String label(Client client) {
		return client.name() + " (" + client.inn() + ")";
	}

}
