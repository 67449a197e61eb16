package com.sellout.portal.tasks;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as people use them, forms submitted as rendered: a task made on its form
 * shows on its page, the list, the home card and the calendar, and nowhere for another
 * distributor; an interaction logged on its form turns its next step into a task with one
 * click; a refused form says why, in the reader's language.
 */
class TaskPagesTest extends TasksTestBase {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Test
	void aTaskMadeOnItsFormShowsForItsOrganisationOnly() {
		PortalHttp alfa = tab("alfa.manager");
		LocalDate due = LocalDate.now(Tasks.ZONE).plusDays(4);
		String title = "Страница: подготовить акт сверки " + System.nanoTime();
		HttpResponse<String> saved = PageForm.on(alfa, "/tasks/new", "[data-testid=task-form]")
			.fill("title", title)
			.fill("description", "Сверить отгрузки за квартал")
			.fill("dueDate", due.format(DAY))
			.choose("assigneeId", "Администратор ALFA")
			.choose("linkType", "Клиент")
			.fill("linkId", String.valueOf(objects.alfaClient()))
			.submit();
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String path = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/tasks/\\d+");
		Document page = Jsoup.parse(alfa.get(path).body());
		assertThat(page.select("[data-testid=task-title]").text()).isEqualTo(title);
		assertThat(page.select("[data-testid=task-assignee]").text()).isEqualTo("Администратор ALFA");
		assertThat(page.select("[data-testid=task-link]").text()).contains("Задачи Альфа");
		assertThat(alfa.get("/tasks?scope=all").body()).contains(title);
		assertThat(alfa.get("/tasks").body()).as("mine: not assigned to alfa.manager").doesNotContain(title);

		PortalHttp alfaAdmin = tab("alfa.admin");
		assertThat(alfaAdmin.get("/tasks/cards/home").body()).as("the assignee's home card").contains(title);
		assertThat(alfaAdmin.get("/").body()).contains("/tasks/cards/home");
		Document calendar = Jsoup
			.parse(alfaAdmin.get("/tasks/calendar?month=" + due.toString().substring(0, 7)).body());
		assertThat(calendar.select("[data-day=" + due + "]").text()).contains(title);
		String csv = alfaAdmin.get("/tasks/export.csv?scope=all").body();
		assertThat(csv).contains(title).contains("Администратор ALFA");

		PortalHttp beta = tab("beta.manager");
		assertThat(beta.get(path).statusCode()).isEqualTo(404);
		assertThat(beta.get("/tasks?scope=all").body()).doesNotContain(title);
		assertThat(beta.get("/tasks/export.csv?scope=all").body()).doesNotContain(title);
		assertThat(beta.get("/tasks/calendar?month=" + due.toString().substring(0, 7)).body()).doesNotContain(title);
		assertThat(tab("admin").get(path).statusCode()).as("the manufacturer's tasks are its own").isEqualTo(404);

		HttpResponse<String> state = PageForm.on(alfaAdmin, path, "[data-testid=task-state-form]")
			.choose("state", "Выполнена")
			.submit();
		assertThat(state.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(alfaAdmin.get(path).body()).select("[data-testid=task-state]").text())
			.isEqualTo("Выполнена");
		assertThat(alfaAdmin.get("/tasks/cards/home").body()).as("done: off the card").doesNotContain(title);
	}

	@Test
	void aRefusedFormSaysWhyInTheReadersLanguage() {
		PortalHttp alfa = tab("alfa.manager");
		HttpResponse<String> refused = PageForm.on(alfa, "/tasks/new?lang=en", "[data-testid=task-form]")
			.fill("title", "С датой")
			.fill("dueDate", "32.13.2031")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("[data-testid=task-errors]").text())
			.contains("The due date is a date as DD.MM.YYYY.");
		assertThat(PageForm.in(alfa, refused, "/tasks", "[data-testid=task-form]").value("title")).isEqualTo("С датой");
		alfa.get("/tasks?lang=ru");
	}

	@Test
	void anInteractionsNextStepBecomesATaskWithOneClick() {
		PortalHttp alfa = tab("alfa.manager");
		String subject = "Встреча на складе " + System.nanoTime();
		LocalDate day = LocalDate.now(Tasks.ZONE).plusDays(6);
		HttpResponse<String> logged = PageForm.on(alfa, "/interactions/new", "[data-testid=interaction-form]")
			.choose("kind", "Встреча")
			.choose("state", "Запланировано")
			.fill("date", day.format(DAY))
			.fill("time", "14:00")
			.choose("clientId", "ООО \"Задачи Альфа\" · " + TaskFixture.ALFA_CLIENT_INN)
			.fill("participants", "Кладовщик клиента")
			.fill("subject", subject)
			.fill("nextStep", "Выслать образцы")
			.submit();
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
		String path = logged.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document page = Jsoup.parse(alfa.get(path).body());
		assertThat(page.select("[data-testid=interaction-subject]").text()).isEqualTo(subject);
		assertThat(page.select("[data-testid=interaction-internal]")).isEmpty();
		Document calendar = Jsoup.parse(alfa.get("/tasks/calendar?month=" + day.toString().substring(0, 7)).body());
		assertThat(calendar.select("[data-day=" + day + "]").text()).contains(subject).contains("14:00");

		String taskForm = page.select("[data-testid=next-step-task]").attr("href");
		PageForm form = PageForm.on(alfa, taskForm, "[data-testid=task-form]");
		assertThat(form.value("title")).isEqualTo("Выслать образцы");
		assertThat(form.value("linkType")).isEqualTo("CLIENT");
		HttpResponse<String> saved = form.submit();
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String task = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document taskPage = Jsoup.parse(alfa.get(task).body());
		assertThat(taskPage.select("[data-testid=task-title]").text()).isEqualTo("Выслать образцы");
		assertThat(taskPage.select("[data-testid=task-link]").text()).contains("Задачи Альфа");
		assertThat(taskPage.select("a[href=" + path + "]")).as("back to the interaction").isNotEmpty();

		HttpResponse<String> done = PageForm.on(alfa, path, "[data-testid=record-form]")
			.fill("result", "Образцы согласованы")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(alfa.get(path).body()).select("[data-testid=interaction-state]").text())
			.isEqualTo("Проведено");
		assertThat(tab("beta.manager").get(path).statusCode()).isEqualTo(404);
	}

}
