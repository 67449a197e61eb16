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
 * Bulk registration: each row of the file is registered as if typed into the form, and
 * its outcome kept (registered, under review, already yours, or skipped with each wrong
 * field).
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
		Table table = Table.read(content, EnumSet.allOf(ClientColumn.class),
				EnumSet.of(ClientColumn.INN, ClientColumn.NAME), "clients.import.noHeader");
		HeaderRow header = table.header();
		List<RowOutcome> outcomes = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (RawRow row : table.rows()) {
			ClientForm form = form(row, header);
			String key = form.inn() == null ? "" : form.inn() + (form.kpp() == null ? "" : "/" + form.kpp());
			Integer first = seen.putIfAbsent(key, row.number());
			if (first != null && !key.isEmpty()) {
				outcomes
					.add(new RowOutcome(row.number(), key, Outcome.SKIPPED, "client.row.duplicate", first.toString()));
				continue;
			}
			try {
				Registration result = registration.register(form);
				if (result instanceof Registration.Registered) {
					outcomes.add(new RowOutcome(row.number(), key, Outcome.ADDED, null, null));
				}
				else {
					outcomes.add(new RowOutcome(row.number(), key, Outcome.UNCHANGED,
							result instanceof Registration.UnderReview ? "client.row.underReview"
									: "client.row.alreadyYours",
							null));
				}
			}
			catch (InvalidFieldsException invalid) {
				// Explained in the language of the person importing, field by field.
				Locale locale = LocaleContextHolder.getLocale();
				String why = invalid.problems()
					.stream()
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
		String region = header.cell(row, ClientColumn.REGION);
		// a region given by name ("Свердловская область") is found by its name
		String regionCode = Region.byCode(region)
			.map(Region::code)
			.orElseGet(() -> Region.all()
				.stream()
				.filter(r -> r.name().equalsIgnoreCase(region))
				.map(Region::code)
				.findFirst()
				.orElse(region));
		return new ClientForm(header.cell(row, ClientColumn.INN), header.cell(row, ClientColumn.KPP),
				header.cell(row, ClientColumn.OGRN), header.cell(row, ClientColumn.NAME),
				header.cell(row, ClientColumn.SEGMENT), regionCode, header.cell(row, ClientColumn.CITY),
				header.cell(row, ClientColumn.ADDRESS), header.cell(row, ClientColumn.CONTACT),
				header.cell(row, ClientColumn.EMAIL), header.cell(row, ClientColumn.PHONE), null);
	}

}
