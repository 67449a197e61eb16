package com.sellout.portal.clients.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.TableFiles;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Exports of exactly the clients the user may see under the list's filters, to CSV or
 * xlsx. Cells are written as text, and in CSV a value that a spreadsheet would run as a
 * formula is neutralised. The manufacturer's export — every distributor's clients — asks
 * for the password again when it was not given in the last minutes; a distributor's
 * people export only their own clients, which they see on the list anyway, and are not
 * asked.
 */
@Controller
@RequestMapping("/clients")
class ClientExportController {

	private final Clients clients;

	private final Segments segments;

	private final Distributors distributors;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final Reauthentication reauthentication;

	ClientExportController(Clients clients, Segments segments, Distributors distributors, MessageSource messages,
			AuditLog auditLog, Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
		this.clients = clients;
		this.segments = segments;
		this.distributors = distributors;
		this.messages = messages;
		this.auditLog = auditLog;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute ClientController.ListParams params,
			@AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletRequest request) {
		requireForEveryDistributor(me, request);
		return file(name(params, me, "csv"), new MediaType("text", "csv", StandardCharsets.UTF_8),
				TableFiles.csv(table(params, me, locale)));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute ClientController.ListParams params,
			@AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletRequest request) {
		requireForEveryDistributor(me, request);
		return file(name(params, me, "xlsx"), MediaType.parseMediaType(TableFiles.XLSX),
				TableFiles.xlsx(text("clients.title", locale), table(params, me, locale)));
	}

	/**
	 * {@code clients-ALFA.csv}: whose clients (the manufacturer's choice of distributor,
	 * or {@code all}).
	 */
	private String name(ClientController.ListParams params, CurrentUser me, String format) {
		Long distributor = me.isManufacturer() ? params.distributor() : me.distributorId();
		return ExportNames.of(format, "clients",
				distributor == null ? "all" : distributors.find(distributor).map(Distributor::code).orElse(null));
	}

	private void requireForEveryDistributor(CurrentUser me, HttpServletRequest request) {
		if (me.isManufacturer()) {
			reauthentication.require(request);
		}
	}

	private List<List<String>> table(ClientController.ListParams params, CurrentUser me, Locale locale) {
		Map<String, String> segmentNames = segments.all()
			.stream()
			.collect(Collectors.toMap(Segment::code, s -> s.name(locale)));
		Map<Long, String> codes = distributors.all()
			.stream()
			.collect(Collectors.toMap(Distributor::id, Distributor::code));
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(text("client.inn", locale), text("client.kpp", locale),
				text("client.ogrn", locale), text("client.name", locale), text("client.segment", locale),
				text("client.regionCode", locale), text("client.region", locale), text("client.city", locale),
				text("client.address", locale), text("client.status", locale)));
		if (me.isManufacturer()) {
			header.add(text("client.distributors", locale));
		}
		table.add(header);
		List<Client> batch = clients.all(params.filter(), params.query());
		Map<Long, List<Long>> assignments = me.isManufacturer() ? clients.distributorsOf(batch) : Map.of();
		for (Client client : batch) {
			List<String> row = new ArrayList<>(List.of(client.inn(), nz(client.kpp()), nz(client.ogrn()), client.name(),
					nz(segmentNames.get(client.segment())), nz(client.regionCode()), nz(client.regionName()),
					nz(client.city()), nz(client.address()), text("client.status." + client.status(), locale)));
			if (me.isManufacturer()) {
				row.add(assignments.getOrDefault(client.id(), List.of())
					.stream()
					.map(codes::get)
					.collect(Collectors.joining(",")));
			}
			table.add(row);
		}
		auditLog.record(AuditAction.CLIENTS_EXPORTED, "clients", null, me.distributorId(),
				(table.size() - 1) + " rows");
		return table;
	}

	private ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name))
			.contentType(type)
			.body(body);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
