package com.sellout.portal.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Catalog.ProductFilter;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.quotes.Quote;
import com.sellout.portal.quotes.QuoteDraft;
import com.sellout.portal.quotes.QuoteDraft.DraftLine;
import com.sellout.portal.quotes.QuoteRequisites;
import com.sellout.portal.quotes.Quotes;
import com.sellout.portal.quotes.Requisites;
import com.sellout.portal.shared.ListQuery;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's commercial proposals: the manufacturer's requisites, ALFA's, and one
 * proposal of ALFA's manager in two versions (the second with a discount), from the first
 * products of the catalog.
 */
@Component
@Order(3)
class DemoQuotes implements ApplicationRunner {

	private final DemoData demo;

	private final Quotes quotes;

	private final QuoteRequisites requisites;

	private final Catalog catalog;

	private final ScopedTransactions transactions;

	private final UserDetailsService people;

	DemoQuotes(DemoData demo, Quotes quotes, QuoteRequisites requisites, Catalog catalog,
			ScopedTransactions transactions, UserDetailsService people) {
		this.demo = demo;
		this.quotes = quotes;
		this.requisites = requisites;
		this.catalog = catalog;
		this.transactions = transactions;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow()) {
			return;
		}
		as("admin",
				() -> requisites.saveManufacturer(new Requisites("АО \"Светотехника\"", "7736050003", "773601001",
						"129090, г. Москва, Проспект Мира, д. 10", "ПАО Сбербанк", "044525225", "40702810400000000001",
						"30101810400000000225", "+7 495 100-00-00", "sales@svetotehnika.example")));
		as("alfa.admin", () -> {
			// its name, ИНН and КПП as the distributor's record has them, and a bank
			Requisites own = requisites.distributor(CurrentUser.get().orElseThrow().distributorId());
			return requisites.saveOwn(new Requisites(own.name(), own.inn(), own.kpp(),
					"115054, г. Москва, ул. Складская, д. 5", "АО \"Альфа-Банк\"", "044525593", "40702810000000000002",
					"30101810200000000593", "+7 495 200-00-00", "sales@alfa.example"));
		});
		List<Product> products = transactions
			.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> catalog.find(new ProductFilter(null, true), new ListQuery(null, "sku", false, 0, 10)))
			.items()
			.stream()
			.filter(p -> p.listPrice() != null && p.listPrice().signum() > 0)
			.limit(3)
			.toList();
		if (products.isEmpty()) {
			return;
		}
		List<DraftLine> lines = products.stream()
			.map(p -> DraftLine.of(p.sku(), BigDecimal.valueOf(12L * (products.indexOf(p) + 1))))
			.toList();
		Quote first = as("alfa.manager",
				() -> quotes.create(new QuoteDraft(null, "7707083893", "ООО \"Стройсвет\"", lines, null)));
		List<DraftLine> discounted = lines.stream()
			.map(l -> new DraftLine(l.sku(), l.quantity(), null, new BigDecimal("5"), null))
			.toList();
		as("alfa.manager",
				() -> quotes.newVersion(first.id(), new QuoteDraft(null, null, null, discounted, null), List.of()));
	}

	/** Runs the work as the person: their principal and their data scope. */
	private <T> T as(String login, Supplier<T> work) {
		CurrentUser user = (CurrentUser) people.loadUserByUsername(login);
		var context = SecurityContextHolder.getContext();
		var before = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return DataScopes.callAs(user.scope(), work);
		}
		finally {
			context.setAuthentication(before);
		}
	}

}
