package com.sellout.portal.projects;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project as a distributor fills it in (the page's form, the API's JSON), every field
 * as text, checked when saved: the client's ИНН and name, the object's name, address and
 * region (its code), the tender and delivery dates (ДД.ММ.ГГГГ or YYYY-MM-DD), the
 * estimated amount, competitors, a comment and the lines (SKU of the catalog, quantity).
 */
public record ProjectForm(@Nullable String clientInn, @Nullable String clientName, @Nullable String object,
		@Nullable String address, @Nullable String regionCode, @Nullable String tenderDate,
		@Nullable String deliveryDate, @Nullable String amount, @Nullable String competitors, @Nullable String comment,
		List<Line> lines) {

	public ProjectForm {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/** One product of the project. */
	public record Line(@Nullable String sku, @Nullable String quantity) {
	}

	public static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, null, null, null, null, null, null, List.of());
	}

}
