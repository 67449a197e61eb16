package com.sellout.portal.clients;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.Kpp;
import com.sellout.portal.shared.Ogrn;
import com.sellout.portal.shared.Region;

import org.springframework.stereotype.Component;

/**
 * The rules of a client's requisites: ИНН of 10 (organisation) or 12 digits (individual
 * entrepreneur) with valid check digits; КПП in its format and only for an organisation;
 * ОГРН of 13 digits for an organisation, ОГРНИП of 15 for an entrepreneur, with valid
 * check digits; a region among the subjects of the Russian Federation; a segment among
 * those maintained. Problems are message keys, for the user's language.
 */
@Component
public class Requisites {

	private final Segments segments;

	Requisites(Segments segments) {
		this.segments = segments;
	}

	public List<FieldProblem> check(ClientForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String inn = form.inn();
		if (inn == null) {
			problems.add(new FieldProblem("inn", "validation.required"));
		}
		else if (!Inn.isValid(inn)) {
			problems.add(new FieldProblem("inn", "validation.inn"));
		}
		boolean entrepreneur = inn != null && inn.length() == 12;
		if (form.kpp() != null) {
			if (entrepreneur) {
				problems.add(new FieldProblem("kpp", "client.kpp.entrepreneur"));
			}
			else if (!Kpp.isValid(form.kpp())) {
				problems.add(new FieldProblem("kpp", "validation.kpp"));
			}
		}
		if (form.ogrn() != null) {
			if (!Ogrn.isValid(form.ogrn())) {
				problems.add(new FieldProblem("ogrn", "client.ogrn.invalid"));
			}
			else if (inn != null && Inn.isValid(inn) && entrepreneur != Ogrn.isEntrepreneur(form.ogrn())) {
				problems
					.add(new FieldProblem("ogrn", entrepreneur ? "client.ogrn.needOgrnip" : "client.ogrn.needOgrn"));
			}
		}
		if (form.name() == null) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else if (form.name().length() > 500) {
			problems.add(new FieldProblem("name", "validation.tooLong"));
		}
		if (form.segment() == null) {
			problems.add(new FieldProblem("segment", "validation.required"));
		}
		else if (segments.resolve(form.segment()).isEmpty()) {
			problems.add(new FieldProblem("segment", "client.segment.unknown"));
		}
		if (form.regionCode() == null) {
			problems.add(new FieldProblem("regionCode", "validation.required"));
		}
		else if (Region.byCode(form.regionCode()).isEmpty()) {
			problems.add(new FieldProblem("regionCode", "client.region.unknown"));
		}
		if (form.contactEmail() != null && !form.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new FieldProblem("contactEmail", "validation.email"));
		}
		if (form.contactPhone() != null && !form.contactPhone().matches("[0-9+()\\- ]{3,32}")) {
			problems.add(new FieldProblem("contactPhone", "validation.phone"));
		}
		return problems;
	}

}
