package com.sellout.portal.clients;

import com.sellout.portal.shared.TrimmedForm;

/**
 * What a distributor (or the manufacturer) fills in to register a client. Checked by
 * {@link Requisites}, which names each wrong field and why. Unlike other forms it also
 * collapses inner runs of spaces, and the numbers (ИНН, КПП, ОГРН) lose every space: the
 * same client is then recognised however its card was typed, on the page, over the API or
 * in a file.
 *
 * @param distributorId only the manufacturer chooses; a distributor always registers for
 * itself
 */
public record ClientForm(String inn, String kpp, String ogrn, String name, String segment, String regionCode,
		String city, String address, String contactName, String contactEmail, String contactPhone,
		Long distributorId) implements TrimmedForm {

	public ClientForm {
		inn = digits(inn);
		kpp = kpp == null ? null : digits(kpp.toUpperCase());
		ogrn = digits(ogrn);
		name = collapsed(name);
		segment = collapsed(segment);
		regionCode = collapsed(regionCode);
		city = collapsed(city);
		address = collapsed(address);
		contactName = collapsed(contactName);
		contactEmail = collapsed(contactEmail);
		contactPhone = collapsed(contactPhone);
	}

	/** A form with nothing filled in, for the empty page. */
	public static ClientForm empty() {
		return new ClientForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static String collapsed(String value) {
		String text = TrimmedForm.text(value);
		return text == null ? null : text.replaceAll("\\s+", " ");
	}

	private static String digits(String value) {
		String text = value == null ? null : value.replaceAll("\\s", "");
		return text == null || text.isEmpty() ? null : text;
	}

}
