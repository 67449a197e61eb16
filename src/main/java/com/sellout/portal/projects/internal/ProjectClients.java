package com.sellout.portal.projects.internal;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.clients.ClientRegistration;
import com.sellout.portal.clients.ClientRegistration.Registration;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.ListQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A project's end client, by the clients module's rules: one the distributor already sees
 * is linked; any other is registered for it as a registration (a new client, on review)
 * or, when the registry has it, as an assignment request — the distributor learns nothing
 * of which (the clients module answers "under review" without the client).
 */
@Component
public class ProjectClients {

	/** The segment a project's client is registered in when new. */
	static final String SEGMENT = "END_CUSTOMER";

	private final Clients clients;

	private final ClientRegistration registration;

	private final Segments segments;

	ProjectClients(Clients clients, ClientRegistration registration, Segments segments) {
		this.clients = clients;
		this.registration = registration;
		this.segments = segments;
	}

	/** The client of this ИНН the caller sees (its head office, without a КПП, first). */
	public Optional<Client> visible(String inn) {
		return clients.find(ClientFilter.none(), new ListQuery(inn, "inn", false, 0, 50))
			.items()
			.stream()
			.filter(c -> c.inn().equals(inn))
			.sorted((a, b) -> Boolean.compare(a.kpp() != null, b.kpp() != null))
			.findFirst();
	}

	/**
	 * The row linked to its client: one the caller sees (named by the registry when the
	 * form named it not), or — when submitting — one registered now.
	 */
	public ProjectBook.Row link(ProjectBook.Row row, boolean submit) {
		Optional<Client> seen = visible(row.clientInn());
		Long clientId = seen.map(Client::id).orElse(null);
		String name = row.clientName() != null ? row.clientName() : seen.map(Client::name).orElse(null);
		if (seen.isEmpty() && submit) {
			clientId = resolve(row);
		}
		return new ProjectBook.Row(row.distributorId(), row.clientInn(), name, clientId, row.object(), row.address(),
				row.regionCode(), row.tenderDate(), row.deliveryDate(), row.amount(), row.competitors(), row.comment(),
				row.lines());
	}

	/**
	 * The client the project is linked to: seen already, or registered now (null while an
	 * assignment request waits). A client not seen needs its name.
	 */
	public @Nullable Long resolve(ProjectBook.Row row) {
		Optional<Client> seen = visible(row.clientInn());
		if (seen.isPresent()) {
			return seen.get().id();
		}
		if (row.clientName() == null) {
			throw new InvalidFieldsException(List.of(new FieldProblem("clientName", "projects.clientName.required")));
		}
		String segment = segments.resolve(SEGMENT)
			.or(() -> segments.active().stream().findFirst())
			.map(Segment::code)
			.orElse(SEGMENT);
		Registration result;
		try {
			result = registration.register(new ClientForm(row.clientInn(), null, null, row.clientName(), segment,
					row.regionCode(), null, row.address(), null, null, null, null));
		}
		catch (InvalidFieldsException invalid) {
			throw new InvalidFieldsException(invalid.problems().stream().map(p -> new FieldProblem(switch (p.field()) {
				case "name" -> "clientName";
				case "regionCode" -> "regionCode";
				case "address" -> "address";
				default -> "clientInn";
			}, p.message())).toList());
		}
		if (result instanceof Registration.Registered registered) {
			return registered.clientId();
		}
		if (result instanceof Registration.AlreadyYours yours) {
			return yours.clientId();
		}
		return null;
	}

}
