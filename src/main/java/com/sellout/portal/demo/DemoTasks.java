package com.sellout.portal.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.NewInteraction;
import com.sellout.portal.tasks.NewTask;
import com.sellout.portal.tasks.Tasks;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A few tasks and interactions of the demo, entered as their people would: ALFA's manager
 * plans a visit to one of ALFA's clients and has a task about that client due tomorrow;
 * the manufacturer's administrator notes an internal call about ALFA (ALFA never sees it)
 * whose next step is a task of the analyst's.
 */
@Component
@Order(3)
class DemoTasks implements ApplicationRunner {

	private final DemoData demo;

	private final Tasks tasks;

	private final Interactions interactions;

	private final Clients clients;

	private final Distributors distributors;

	private final ScopedTransactions transactions;

	private final UserDetailsService people;

	DemoTasks(DemoData demo, Tasks tasks, Interactions interactions, Clients clients, Distributors distributors,
			ScopedTransactions transactions, UserDetailsService people) {
		this.demo = demo;
		this.tasks = tasks;
		this.interactions = interactions;
		this.clients = clients;
		this.distributors = distributors;
		this.transactions = transactions;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow()) {
			return;
		}
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
		long alfa = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn("ALFA"))
			.orElseThrow()
			.id();
		Client client = as("alfa.manager",
				() -> clients.find(Clients.ClientFilter.none(), new ListQuery(null, "name", false, 0, 1)).items())
			.stream()
			.findFirst()
			.orElse(null);
		if (client != null) {
			as("alfa.manager",
					() -> interactions.create(new NewInteraction("VISIT", "PLANNED", today.plusDays(3).toString(),
							"11:00", null, client.id(), "Закупщик клиента, менеджер ALFA",
							"Визит: ассортимент на весну", null, "Отправить коммерческое предложение")));
			as("alfa.manager",
					() -> tasks.create(
							new NewTask("Позвонить клиенту по отгрузке", "Уточнить, когда удобна следующая поставка.",
									today.plusDays(1).toString(), "CLIENT", client.id(), null, null)));
		}
		Interaction call = as("admin",
				() -> interactions.create(new NewInteraction("CALL", "DONE", today.minusDays(1).toString(), null, alfa,
						null, "Директор ALFA", "Звонок: план продаж на квартал",
						"ALFA готова увеличить закупки при скидке за объём.", "Подготовить условия скидки за объём")));
		long analyst = as("analyst", () -> CurrentUser.get().orElseThrow().id());
		as("admin", () -> tasks
			.create(new NewTask(call.nextStep(), null, today.plusDays(2).toString(), null, null, analyst, call.id())));
		as("admin", () -> tasks.create(new NewTask("Проверить отчёты дистрибьюторов за месяц", null,
				today.plusDays(5).toString(), null, null, null, null)));
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
