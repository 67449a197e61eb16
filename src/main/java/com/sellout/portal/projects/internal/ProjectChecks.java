package com.sellout.portal.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.projects.ProjectForm;
import com.sellout.portal.shared.DateTexts;
import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a project's form and names every wrong field and why: the ИНН (with its check
 * digits), the object, its address and region (by code), the dates, the amount, the lines
 * (at least one; each a SKU of the catalog and a quantity above zero — a line left wholly
 * empty is no line). Field names are the API's: {@code lines[0].sku}.
 */
@Component
public class ProjectChecks {

	static final int MAX_OBJECT = 300;

	static final int MAX_TEXT = 500;

	static final int MAX_COMPETITORS = 1000;

	static final int MAX_COMMENT = 5000;

	private final Catalog catalog;

	ProjectChecks(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The form checked, for its distributor; a wrong field throws naming it. */
	public ProjectBook.Row check(ProjectForm form, long distributorId) {
		List<FieldProblem> problems = new ArrayList<>();
		String inn = digits(form.clientInn());
		if (inn == null) {
			problems.add(new FieldProblem("clientInn", "validation.required"));
		}
		else if (!Inn.isValid(inn)) {
			problems.add(new FieldProblem("clientInn", "validation.inn"));
		}
		String clientName = text(form.clientName(), "clientName", MAX_TEXT, false, problems);
		String object = text(form.object(), "object", MAX_OBJECT, true, problems);
		String address = text(form.address(), "address", MAX_TEXT, true, problems);
		String region = text(form.regionCode(), "regionCode", 3, true, problems);
		if (region != null && Region.byCode(region).isEmpty()) {
			problems.add(new FieldProblem("regionCode", "projects.region.unknown"));
		}
		LocalDate tender = date(form.tenderDate(), "tenderDate", problems);
		LocalDate delivery = date(form.deliveryDate(), "deliveryDate", problems);
		BigDecimal amount = null;
		if (blank(form.amount()) == null) {
			amount = null;
		}
		else {
			amount = number(form.amount());
			if (amount == null || amount.signum() < 0 || amount.scale() > 2
					|| amount.precision() - amount.scale() > 16) {
				problems.add(new FieldProblem("amount", "projects.amount.invalid"));
				amount = null;
			}
		}
		String competitors = text(form.competitors(), "competitors", MAX_COMPETITORS, false, problems);
		String comment = text(form.comment(), "comment", MAX_COMMENT, false, problems);
		List<ProjectBook.LineRow> lines = new ArrayList<>();
		for (int i = 0; i < form.lines().size(); i++) {
			ProjectForm.Line line = form.lines().get(i);
			String sku = line == null ? null : blank(line.sku());
			String typed = line == null ? null : blank(line.quantity());
			if (sku == null && typed == null) {
				continue;
			}
			String at = "lines[" + i + "].";
			if (sku == null) {
				problems.add(new FieldProblem(at + "sku", "validation.required"));
			}
			else if (catalog.findBySku(sku).isEmpty()) {
				problems.add(new FieldProblem(at + "sku", "projects.sku.unknown"));
			}
			BigDecimal quantity = number(typed);
			if (quantity == null || quantity.signum() <= 0 || quantity.scale() > 3) {
				problems.add(new FieldProblem(at + "quantity", "projects.quantity.invalid"));
			}
			if (sku != null && quantity != null) {
				lines.add(new ProjectBook.LineRow(sku, quantity));
			}
		}
		if (lines.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("lines["))) {
			problems.add(new FieldProblem("lines", "projects.lines.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return new ProjectBook.Row(distributorId, inn, clientName, null, object, address, region, tender, delivery,
				amount, competitors, comment, lines);
	}

	private static @Nullable String text(@Nullable String value, String field, int max, boolean required,
			List<FieldProblem> problems) {
		String text = blank(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
			return null;
		}
		text = text.replaceAll("\\s+", " ");
		if (text.length() > max) {
			problems.add(new FieldProblem(field, "validation.tooLong"));
		}
		return text;
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
		if (blank(value) == null) {
			return null;
		}
		return DateTexts.date(value).orElseGet(() -> {
			problems.add(new FieldProblem(field, "projects.date.invalid"));
			return null;
		});
	}

	/** A number as people type it: «1 234,5», «1234.5». */
	static @Nullable BigDecimal number(@Nullable String value) {
		String text = blank(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String digits(@Nullable String value) {
		String text = blank(value);
		return text == null ? null : text.replaceAll("\\s", "");
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
