package com.sellout.portal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.quotes.internal.LogoCheck;
import com.sellout.portal.quotes.internal.RequisitesBook;
import com.sellout.portal.shared.Inn;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.Kpp;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requisites proposals print: the manufacturer's (its administrator sets them and the
 * logo) and each distributor's (its administrator sets its own; until then its name, ИНН
 * and КПП from the distributor's record).
 */
@Service
public class QuoteRequisites {

	private static final Pattern BIK = Pattern.compile("\\d{9}");

	private static final Pattern ACCOUNT = Pattern.compile("\\d{20}");

	private final RequisitesBook book;

	private final Distributors distributors;

	private final AuditLog auditLog;

	QuoteRequisites(RequisitesBook book, Distributors distributors, AuditLog auditLog) {
		this.book = book;
		this.distributors = distributors;
		this.auditLog = auditLog;
	}

	/** The manufacturer's, as set; a blank name until its administrator sets them. */
	@Transactional(readOnly = true)
	public Requisites manufacturer() {
		return book.manufacturer().orElse(Requisites.named(""));
	}

	@Transactional(readOnly = true)
	public @Nullable Long logoId() {
		return book.manufacturerLogoId();
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> logo(long id) {
		return book.logo(id);
	}

	@Transactional
	public Requisites saveManufacturer(Requisites requisites) {
		requireManufacturerAdmin();
		Requisites checked = checked(requisites);
		book.saveManufacturer(checked);
		auditLog.record(AuditAction.QUOTE_REQUISITES_CHANGED, "quote-requisites", "manufacturer", null, checked.name());
		return checked;
	}

	/**
	 * Checks the logo (type, size, dimensions from its header) and makes it the
	 * manufacturer's.
	 */
	@Transactional
	public long saveLogo(byte[] content) {
		requireManufacturerAdmin();
		LogoCheck.Logo logo = LogoCheck.check(content);
		long id = book.saveLogo(logo, content, manufacturer().name());
		auditLog.record(AuditAction.QUOTE_LOGO_CHANGED, "quote-requisites", "manufacturer", null,
				logo.contentType() + " " + logo.width() + "×" + logo.height());
		return id;
	}

	@Transactional
	public void removeLogo() {
		requireManufacturerAdmin();
		book.removeLogo();
		auditLog.record(AuditAction.QUOTE_LOGO_CHANGED, "quote-requisites", "manufacturer", null, "removed");
	}

	/**
	 * A distributor's, as set, else from its record; another distributor's is missing.
	 */
	@Transactional(readOnly = true)
	public Requisites distributor(long distributorId) {
		Distributor distributor = distributors.find(distributorId).orElseThrow(NotFoundException::new);
		return book.distributor(distributorId)
			.orElseGet(() -> new Requisites(distributor.name(), distributor.inn(), distributor.kpp(), null, null, null,
					null, null, distributor.phone(), distributor.email()));
	}

	/** The caller's distributor's requisites: its administrator's only. */
	@Transactional
	public Requisites saveOwn(Requisites requisites) {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (me.role() != Role.DISTRIBUTOR_ADMIN || me.distributorId() == null) {
			throw new AccessDeniedException("Only the distributor's administrator sets its requisites");
		}
		Requisites checked = checked(requisites);
		book.saveDistributor(me.distributorId(), checked);
		auditLog.record(AuditAction.QUOTE_REQUISITES_CHANGED, "quote-requisites", me.distributorId(),
				me.distributorId(), checked.name());
		return checked;
	}

	/** Trimmed, blanks as none, each field checked; a bad one named. */
	static Requisites checked(Requisites r) {
		Requisites t = new Requisites(text(r.name()), text(r.inn()), text(r.kpp()), text(r.address()), text(r.bank()),
				text(r.bik()), text(r.account()), text(r.corrAccount()), text(r.phone()), text(r.email()));
		List<FieldProblem> problems = new ArrayList<>();
		if (t.name() == null) {
			problems.add(new FieldProblem("name", "quotes.requisites.error.name"));
		}
		long_(problems, "name", t.name(), 255);
		if (t.inn() != null && !Inn.isValid(t.inn())) {
			problems.add(new FieldProblem("inn", "quotes.requisites.error.inn"));
		}
		if (t.kpp() != null && !Kpp.isValid(t.kpp())) {
			problems.add(new FieldProblem("kpp", "quotes.requisites.error.kpp"));
		}
		long_(problems, "address", t.address(), 500);
		long_(problems, "bank", t.bank(), 255);
		if (t.bik() != null && !BIK.matcher(t.bik()).matches()) {
			problems.add(new FieldProblem("bik", "quotes.requisites.error.bik"));
		}
		if (t.account() != null && !ACCOUNT.matcher(t.account()).matches()) {
			problems.add(new FieldProblem("account", "quotes.requisites.error.account"));
		}
		if (t.corrAccount() != null && !ACCOUNT.matcher(t.corrAccount()).matches()) {
			problems.add(new FieldProblem("corrAccount", "quotes.requisites.error.account"));
		}
		long_(problems, "phone", t.phone(), 64);
		long_(problems, "email", t.email(), 255);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return new Requisites(t.name() == null ? "" : t.name(), t.inn(), t.kpp(), t.address(), t.bank(), t.bik(),
				t.account(), t.corrAccount(), t.phone(), t.email());
	}

	private static void long_(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "quotes.error.tooLong"));
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static void requireManufacturerAdmin() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (me.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only the manufacturer's administrator sets its requisites");
		}
	}

}
