package com.sellout.portal.clients.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.clients.ClientRegistration;
import com.sellout.portal.clients.ClientRegistration.Registration;
import com.sellout.portal.clients.ClientStatus;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Clients.ClientFilter;
import com.sellout.portal.clients.Contact;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients over the API, with the same visibility rules as the pages. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients")
class ClientApi {

	private final Clients clients;

	private final ClientRegistration registration;

	private final Segments segments;

	private final MessageSource messages;

	ClientApi(Clients clients, ClientRegistration registration, Segments segments, MessageSource messages) {
		this.clients = clients;
		this.registration = registration;
		this.segments = segments;
		this.messages = messages;
	}

	record ContactRequest(String name, String email, String phone) {
	}

	record ClientRequestBody(String inn, String kpp, String ogrn, String name, String segment, String regionCode,
			String city, String address, List<ContactRequest> contacts) {
	}

	record ClientView(long id, String inn, String kpp, String ogrn, String name, String segment, String regionCode,
			String regionName, String city, String address, ClientStatus status, List<Contact> contacts) {
	}

	record UnderReview(long requestId, String status) {
	}

	record StatusRequest(ClientStatus status, String reason) {
	}

	@GetMapping
	@Operation(summary = "Clients the caller may see, filtered by q (name or INN), status, segment, region")
	PageSlice<Client> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) ClientStatus status, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		String segmentCode = segment == null ? null : segments.resolve(segment).map(s -> s.code()).orElse(segment);
		return clients.find(new ClientFilter(status, segmentCode, region, null),
				new ListQuery(q, null, false, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One client; 404 when it does not exist or is not the caller's")
	ClientView get(@PathVariable long id) {
		Client c = clients.get(id);
		return new ClientView(c.id(), c.inn(), c.kpp(), c.ogrn(), c.name(), c.segment(), c.regionCode(), c.regionName(),
				c.city(), c.address(), c.status(), clients.contacts(id));
	}

	@PostMapping
	@Operation(summary = "Registers a client: 201 with the client; 202 with a request id when the client exists "
			+ "and the assignment waits for the manufacturer; 422 with each invalid field")
	ResponseEntity<?> register(@RequestBody ClientRequestBody body, Locale locale) {
		var contact = body.contacts() == null || body.contacts().isEmpty() ? null : body.contacts().get(0);
		ClientForm form = new ClientForm(body.inn(), body.kpp(), body.ogrn(), body.name(), body.segment(),
				body.regionCode(), body.city(), body.address(), contact == null ? null : contact.name(),
				contact == null ? null : contact.email(), contact == null ? null : contact.phone(), null);
		Registration result;
		try {
			result = registration.register(form);
		}
		catch (InvalidFieldsException invalid) {
			throw new InvalidFieldsException(invalid.problems()
				.stream()
				.map(p -> new InvalidFieldsException.FieldProblem(p.field(),
						messages.getMessage(p.message(), null, p.message(), locale)))
				.toList());
		}
		if (result instanceof Registration.UnderReview review) {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(new UnderReview(review.requestId(), "UNDER_REVIEW"));
		}
		if (result instanceof Registration.AlreadyYours yours) {
			return ResponseEntity.ok(get(yours.clientId()));
		}
		long id = ((Registration.Registered) result).clientId();
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(get(id));
	}

	@PostMapping("/{id}/status-requests")
	@Operation(summary = "Asks the manufacturer to change a client's status, with a reason; 202 with the request id")
	ResponseEntity<UnderReview> requestStatus(@PathVariable long id, @RequestBody StatusRequest body, Locale locale) {
		try {
			long requestId = registration.requestStatus(id, body.status(), body.reason());
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(new UnderReview(requestId, "UNDER_REVIEW"));
		}
		catch (InvalidFieldsException invalid) {
			throw new InvalidFieldsException(invalid.problems()
				.stream()
				.map(p -> new InvalidFieldsException.FieldProblem(p.field(),
						messages.getMessage(p.message(), null, p.message(), locale)))
				.toList());
		}
	}

}
