package com.sellout.portal.clients.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.clients.ClientForm;
import com.sellout.portal.clients.ClientRegistration;
import com.sellout.portal.clients.ClientRegistration.Registration;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.reading.HeaderRow;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.Table;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bulk registration: each row of the file is registered as if typed into the form, and its
 * outcome kept (registered, under review, already yours, or skipped with each wrong field).
 */
@Component
public class ClientImporter {

	public static final String KIND = "CLIENTS";

	private final ClientRegistration registration;

	private final ImportLog log;

	private final MessageSource messages;

	ClientImporter(ClientRegistration registration, ImportLog log, MessageSource messages) {
		this.registration = registration;
		this.log = log;
		this.messages = messages;
	}

	public ImportSummary importFile(String fileName, byte[] content) {
		Table table = Table.read(content, EnumSet.allOf(ClientColumn.class), EnumSet.of(ClientColumn.INN, ClientColumn.NAME),
				"clients.import.noHeader");
		HeaderRow header = table.header();
		List<RowOutcome> outcomes = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (RawRow row : table.rows()) {
			ClientForm form = form(row, header);
			String key = form.getInn() == null ? "" : form.getInn() + (form.getKpp() == null ? "" : "/" + form.getKpp());
			Integer first = seen.putIfAbsent(key, row.number());
			if (first != null && !key.isEmpty()) {
				outcomes.add(new RowOutcome(row.number(), key, Outcome.SKIPPED, "client.row.duplicate", first.toString()));
				continue;
			}
			try {
				Registration result = registration.register(form);
				if (result instanceof Registration.Registered) {
					outcomes.add(new RowOutcome(row.number(), key, Outcome.ADDED, null, null));
				}
				else {
					outcomes.add(new RowOutcome(row.number(), key, Outcome.UNCHANGED,
							result instanceof Registration.UnderReview ? "client.row.underReview" : "client.row.alreadyYours",
							null));
				}
			}
			catch (InvalidFieldsException invalid) {
				// Explained in the language of the person importing, field by field.
				Locale locale = LocaleContextHolder.getLocale();
				String why = invalid.problems().stream()
					.map(p -> messages.getMessage("client." + p.field(), null, p.field(), locale) + " — "
							+ messages.getMessage(p.message(), null, p.message(), locale))
					.collect(Collectors.joining("; "));
				outcomes.add(new RowOutcome(row.number(), key, Outcome.SKIPPED, "client.row.invalid", why));
			}
		}
		Long distributorId = CurrentUser.get().map(CurrentUser::distributorId).orElse(null);
		return log.save(KIND, fileName, distributorId, outcomes);
	}

	private static ClientForm form(RawRow row, HeaderRow header) {
		ClientForm form = new ClientForm();
		form.setInn(header.cell(row, ClientColumn.INN));
		form.setKpp(header.cell(row, ClientColumn.KPP));
		form.setOgrn(header.cell(row, ClientColumn.OGRN));
		form.setName(header.cell(row, ClientColumn.NAME));
		form.setSegment(header.cell(row, ClientColumn.SEGMENT));
		String region = header.cell(row, ClientColumn.REGION);
		// a region given by name ("Свердловская область") is found by its name
		form.setRegionCode(Region.byCode(region).map(Region::code)
			.orElseGet(() -> Region.all().stream().filter(r -> r.name().equalsIgnoreCase(region)).map(Region::code)
				.findFirst().orElse(region)));
		form.setCity(header.cell(row, ClientColumn.CITY));
		form.setAddress(header.cell(row, ClientColumn.ADDRESS));
		form.setContactName(header.cell(row, ClientColumn.CONTACT));
		form.setContactEmail(header.cell(row, ClientColumn.EMAIL));
		form.setContactPhone(header.cell(row, ClientColumn.PHONE));
		return form;
	}

}
