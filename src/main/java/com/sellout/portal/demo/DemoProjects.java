package com.sellout.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.Project;
import com.sellout.portal.projects.ProjectDecisions;
import com.sellout.portal.projects.ProjectForm;
import com.sellout.portal.projects.Projects;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A few projects of the demo: ALFA's approved warehouse in Novosibirsk and its office
 * centre in Yekaterinburg under review, which BETA registered too (the same client and
 * address, typed otherwise) — a conflict the manufacturer sees on either project's page —
 * and a draft of BETA's.
 */
@Component
@Order(3)
class DemoProjects implements ApplicationRunner {

	private final DemoData demo;

	private final Projects projects;

	private final ProjectDecisions decisions;

	private final UserDetailsService people;

	DemoProjects(DemoData demo, Projects projects, ProjectDecisions decisions, UserDetailsService people) {
		this.demo = demo;
		this.projects = projects;
		this.decisions = decisions;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.seededNow()) {
			return;
		}
		String delivery = LocalDate.now().plusMonths(4).withDayOfMonth(1).toString();
		Project warehouse = as("alfa.manager",
				() -> projects.create(new ProjectForm("5406127494", null, "Складской комплекс «Обь-Логистик»",
						"г. Новосибирск, ул. Станционная, д. 60, корп. 3", "54", null, delivery, "8450000", "IEK, DKC",
						"Щиты и розетки на три корпуса.",
						List.of(new ProjectForm.Line("EL-10001", "600"), new ProjectForm.Line("EL-10004", "240"))),
						true));
		as("analyst", () -> decisions.decide(warehouse.id(), ProjectDecisions.Decision.APPROVE, null));
		as("alfa.manager",
				() -> projects.create(
						new ProjectForm("6645390113", null, "Бизнес-центр «Исеть-Плаза»",
								"г. Екатеринбург, ул. Малышева, д. 51", "66", LocalDate.now().plusMonths(1).toString(),
								delivery, "3200000", "Legrand", null, List.of(new ProjectForm.Line("EL-10002", "350"))),
						true));
		as("beta.manager", () -> projects.create(
				new ProjectForm("6645390113", null, "БЦ Исеть Плаза, отделка офисов", "Екатеринбург, Малышева 51", "66",
						null, delivery, "2900000", null, null, List.of(new ProjectForm.Line("EL-10002", "300"))),
				true));
		as("beta.manager",
				() -> projects.create(new ProjectForm("6645390113", null, "Ремонт лобби гостиницы",
						"Екатеринбург, ул. Ленина, 40", "66", null, null, null, null, "Ждём смету",
						List.of(new ProjectForm.Line("EL-10003", "40"))), false));
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
