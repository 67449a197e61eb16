package com.sellout.portal.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewThread;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A few conversations of the demo, written as their people would: the analyst asks ALFA
 * about last month's report and ALFA answers (with an internal note of the analyst's
 * after it); BETA's manager asks the manufacturer a general question nobody has read yet.
 */
@Component
@Order(2)
class DemoConversations implements ApplicationRunner {

	private final DemoData demo;

	private final Conversations conversations;

	private final Distributors distributors;

	private final ScopedTransactions transactions;

	private final UserDetailsService people;

	DemoConversations(DemoData demo, Conversations conversations, Distributors distributors,
			ScopedTransactions transactions, UserDetailsService people) {
		this.demo = demo;
		this.conversations = conversations;
		this.distributors = distributors;
		this.transactions = transactions;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow()) {
			return;
		}
		long alfa = distributorId("ALFA");
		YearMonth last = YearMonth.now().minusMonths(1);
		long asked = as("analyst",
				() -> conversations
					.open(new NewThread(alfa, "Отчёт за прошлый месяц: цены ниже порога", About.period(last),
							message("Добрый день! В отчёте за прошлый месяц у нескольких строк цена ниже согласованного"
									+ " порога. Это акция? Пришлите, пожалуйста, подтверждение.")))
					.id());
		as("alfa.admin", () -> conversations.post(asked,
				message("Здравствуйте! Да, это весенняя акция по договору с сетью, письмо сети пришлём сегодня.")));
		as("analyst",
				() -> conversations.post(asked,
						new NewMessage("Акция согласована с отделом продаж — после письма закрыть вопрос.", true,
								List.of(), Via.PORTAL)));
		long beta = distributorId("BETA");
		as("beta.manager", () -> conversations.open(new NewThread(beta, "Новый прайс-лист", About.general(),
				message("Подскажите, когда ждать прайс-лист на следующий квартал?"))));
	}

	private static NewMessage message(String text) {
		return new NewMessage(text, false, List.of(), Via.PORTAL);
	}

	private long distributorId(String code) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn(code))
			.orElseThrow()
			.id();
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
