package com.sellout.portal.clients;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as the sell-out pipeline needs it: what is known of every client, to fill
 * a line's region and segment, and the clients its lines name that nobody registered yet.
 * Both work across all distributors, so only the manufacturer's scope (the pipeline's)
 * may call them.
 */
@Service
public class ClientDirectory {

	private final ClientStore store;

	ClientDirectory(ClientStore store) {
		this.store = store;
	}

	/**
	 * Every registered client by ИНН (a head office before its branches), across all
	 * distributors.
	 */
	@Transactional(readOnly = true)
	public Map<String, KnownClient> directory() {
		ClientDecisions.requireManufacturer();
		Map<String, KnownClient> directory = new HashMap<>();
		store.known().forEach(client -> directory.putIfAbsent(client.inn(), client));
		return directory;
	}

	/**
	 * The names of the clients registered for this distributor (assigned to it, neither
	 * only found in sell-out nor rejected) by ИНН, a head office before its branches: the
	 * names a distributor's file without a client column is read with. Only its own —
	 * another distributor's clients are never named to it.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> namesFor(long distributorId) {
		ClientDecisions.requireManufacturer();
		Map<String, String> names = new HashMap<>();
		store.namesOf(distributorId).forEach((inn, name) -> names.putIfAbsent(inn, name));
		return names;
	}

	/**
	 * Clients with a valid ИНН that a distributor's sell-out names and the registry does
	 * not know: created {@code NEW} (found in sell-out) and assigned to that distributor,
	 * for it to register and the manufacturer to review. Set-based, within the caller's
	 * transaction.
	 */
	@Transactional
	public int foundInSellOut(long distributorId, Collection<FoundClient> found) {
		ClientDecisions.requireManufacturer();
		return found.isEmpty() ? 0 : store.createFound(distributorId, found);
	}

}
