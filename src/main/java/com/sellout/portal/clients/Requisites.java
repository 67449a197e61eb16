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
 * entrepreneur) with valid check digits; КПП in its format and only for an organisation; ОГРН of
 * 13 digits for an organisation, ОГРНИП of 15 for an entrepreneur, with valid check digits; a
 * region among the subjects of the Russian Federation; a segment among those maintained.
 * Problems are message keys, for the user's language.
 */
@Component
public class Requisites {

	private final Segments segments;

	Requisites(Segments segments) {
		this.segments = segments;
	}

	public List<FieldProblem> check(ClientForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String inn = form.getInn();
		if (inn == null) {
			problems.add(new FieldProblem("inn", "validation.required"));
		}
		else if (!Inn.isValid(inn)) {
			problems.add(new FieldProblem("inn", "validation.inn"));
		}
		boolean entrepreneur = inn != null && inn.length() == 12;
		if (form.getKpp() != null) {
			if (entrepreneur) {
				problems.add(new FieldProblem("kpp", "client.kpp.entrepreneur"));
			}
			else if (!Kpp.isValid(form.getKpp())) {
				problems.add(new FieldProblem("kpp", "validation.kpp"));
			}
		}
		if (form.getOgrn() != null) {
			if (!Ogrn.isValid(form.getOgrn())) {
				problems.add(new FieldProblem("ogrn", "client.ogrn.invalid"));
			}
			else if (inn != null && Inn.isValid(inn) && entrepreneur != Ogrn.isEntrepreneur(form.getOgrn())) {
				problems.add(new FieldProblem("ogrn", entrepreneur ? "client.ogrn.needOgrnip" : "client.ogrn.needOgrn"));
			}
		}
		if (form.getName() == null) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else if (form.getName().length() > 500) {
			problems.add(new FieldProblem("name", "validation.tooLong"));
		}
		if (form.getSegment() == null) {
			problems.add(new FieldProblem("segment", "validation.required"));
		}
		else if (segments.resolve(form.getSegment()).isEmpty()) {
			problems.add(new FieldProblem("segment", "client.segment.unknown"));
		}
		if (form.getRegionCode() == null) {
			problems.add(new FieldProblem("regionCode", "validation.required"));
		}
		else if (Region.byCode(form.getRegionCode()).isEmpty()) {
			problems.add(new FieldProblem("regionCode", "client.region.unknown"));
		}
		if (form.getContactEmail() != null && !form.getContactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new FieldProblem("contactEmail", "validation.email"));
		}
		if (form.getContactPhone() != null && !form.getContactPhone().matches("[0-9+()\\- ]{3,32}")) {
			problems.add(new FieldProblem("contactPhone", "validation.phone"));
		}
		return problems;
	}

}
