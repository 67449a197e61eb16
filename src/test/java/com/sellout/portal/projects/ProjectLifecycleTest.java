package com.sellout.portal.projects;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.sellout.portal.projects.internal.ProjectExpiry;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import com.sellout.portal.support.MovableClock;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project's life through the services, with a clock the test moves for the expiry job:
 * a draft (seen by its distributor only, changed, submitted), approved (protected for 90
 * days through the last one), extended, and expired when the protection ends without an
 * outcome.
 */
class ProjectLifecycleTest extends PortalTest {

	@Autowired
	private Projects projects;

	@Autowired
	private ProjectDecisions decisions;

	@Autowired
	private ProjectExpiry expiry;

	private static ProjectForm form(String inn, String object) {
		return new ProjectForm(inn, "ООО Жизнь", object, "Воронеж, ул. Кольцовская, 5", "36", "01.06.2030",
				"2030-09-01", "1 250 000,50", null, null, List.of(new ProjectForm.Line("EL-10003", "10")));
	}

	@Test
	void aDraftIsSubmittedApprovedExtendedAndExpiresWhenItsProtectionEnds() {
		String inn = ProjectFixture.newInn();
		Project draft = asUser("alfa.manager", () -> projects.create(form(inn, "Торговый центр Кольцо"), false));
		assertThat(draft.status()).isEqualTo(ProjectStatus.NEW);
		assertThat(draft.amount()).isEqualByComparingTo("1250000.50");
		assertThat(draft.tenderDate()).isEqualTo(LocalDate.of(2030, 6, 1));
		assertThat(asUser("admin", () -> projects.find(draft.id()))).isPresent();
		assertThatThrownBy(() -> asUser("beta.manager", () -> projects.get(draft.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> asUser("admin", () -> decisions.decide(draft.id(), ProjectDecisions.Decision.APPROVE, null)))
			.as("a draft is not decided")
			.isInstanceOf(RefusedException.class);

		Project changed = asUser("alfa.admin",
				() -> projects.update(draft.id(), form(inn, "Торговый центр Кольцо-2"), false));
		assertThat(changed.object()).isEqualTo("Торговый центр Кольцо-2");
		Project submitted = asUser("alfa.manager", () -> projects.submit(draft.id()));
		assertThat(submitted.status()).isEqualTo(ProjectStatus.ON_REVIEW);
		assertThat(submitted.clientId()).as("the new client registered and linked").isNotNull();
		assertThatThrownBy(() -> asUser("alfa.manager",
				() -> projects.update(draft.id(), form(inn, "Торговый центр Кольцо-3"), false)))
			.isInstanceOf(RefusedException.class);

		Project approved = asUser("analyst",
				() -> decisions.decide(draft.id(), ProjectDecisions.Decision.APPROVE, null));
		LocalDate today = LocalDate.now();
		assertThat(approved.status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(approved.approvedOn()).isEqualTo(today);
		assertThat(approved.protectedUntil()).isEqualTo(today.plusDays(90));

		Project other = asUser("alfa.manager", () -> projects.create(form(inn, "Склад Кольцо-Север"), true));
		asUser("admin", () -> decisions.decide(other.id(), ProjectDecisions.Decision.APPROVE, "да"));
		Project extended = asUser("admin", () -> decisions.extend(other.id()));
		assertThat(extended.protectedUntil()).isEqualTo(today.plusDays(180));

		MovableClock clock = new MovableClock();
		clock.advance(Duration.ofDays(90));
		assertThat(expiry.expireDue(clock)).doesNotContain(draft.id(), other.id());
		assertThat(asUser("alfa.manager", () -> projects.get(draft.id())).status()).as("protected through its last day")
			.isEqualTo(ProjectStatus.APPROVED);
		clock.advance(Duration.ofDays(1));
		assertThat(expiry.expireDue(clock)).contains(draft.id()).doesNotContain(other.id());
		assertThat(asUser("alfa.manager", () -> projects.get(draft.id())).status()).isEqualTo(ProjectStatus.EXPIRED);
		assertThat(asUser("alfa.manager", () -> projects.get(other.id())).status()).isEqualTo(ProjectStatus.APPROVED);
		assertThatThrownBy(
				() -> asUser("alfa.manager", () -> decisions.outcome(draft.id(), ProjectDecisions.Outcome.WON)))
			.isInstanceOf(RefusedException.class);
		assertThat(expiry.expireDue(clock)).as("expired once").doesNotContain(draft.id());
	}

	@Test
	void forQuoteAndVisibleAnswerOnlyForWhoSeesTheProject() {
		Project project = asUser("beta.manager",
				() -> projects.create(form(ProjectFixture.newInn(), "Котельная на Кольцовской"), true));
		ProjectForQuote quote = asUser("beta.admin", () -> projects.forQuote(project.id())).orElseThrow();
		assertThat(quote.name()).isEqualTo("Котельная на Кольцовской");
		assertThat(quote.clientName()).isEqualTo("ООО Жизнь");
		assertThat(quote.lines()).extracting(ProjectForQuote.Item::sku).containsExactly("EL-10003");
		assertThat(asUser("admin", () -> projects.visible(project.id()))).isTrue();
		assertThat(asUser("alfa.manager", () -> projects.visible(project.id()))).isFalse();
		assertThat(asUser("alfa.manager", () -> projects.forQuote(project.id()))).isEmpty();
		assertThat(asUser("beta.manager", () -> projects.forQuote(Long.MAX_VALUE))).isEmpty();
	}

	@Test
	void aClientTheDistributorSeesIsLinkedAndNamedByTheRegistry() {
		Project project = asUser("beta.manager",
				() -> projects.create(new ProjectForm("6645390113", null, "Щитовая на Энтузиастов",
						"Екатеринбург, ш. Энтузиастов, 54", "66", null, null, null, null, null,
						List.of(new ProjectForm.Line("EL-10001", "5"))), true));
		assertThat(project.clientId()).isNotNull();
		assertThat(project.clientName()).isEqualTo("ООО \"Щитстрой\"");
	}

}
