package com.sellout.portal.clients;

import java.util.Locale;

/** A client segment the manufacturer maintains, e.g. RETAIL — «Розничная сеть». */
public record Segment(String code, String nameRu, String nameEn, boolean active, int sortOrder) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
	}

}
