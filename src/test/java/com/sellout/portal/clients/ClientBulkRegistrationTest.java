package com.sellout.portal.clients;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk registration: each row registered as through the form, with a row-by-row result.
 */
class ClientBulkRegistrationTest extends PortalTest {

	@Test
	void eachRowIsRegisteredOrExplainedAndTheResultCanBeDownloaded() {
		String fresh = TestInns.organisation(4001);
		String existingOfAnother = asSystem(() -> jdbc
			.sql("""
					select c.inn from clients c where not exists (select 1 from client_assignments a join distributors d
					  on d.id = a.distributor_id where a.client_id = c.id and d.code = 'GAMMA') and c.kpp is not null limit 1""")
			.query(String.class)
			.single());
		String existingKpp = asSystem(() -> jdbc.sql("select kpp from clients where inn = ?")
			.param(existingOfAnother)
			.query(String.class)
			.single());
		String file = String.join("\r\n", "Список клиентов на регистрацию",
				"ИНН;КПП;Наименование;Тип клиента;Регион;Город",
				fresh + ";;ООО \"Новый монтаж\";Монтажная организация;Свердловская область;Екатеринбург",
				"7707083894;;ООО \"Ошибка\";Дилер;77;Москва",
				existingOfAnother + ";" + existingKpp + ";Как у другого;Дилер;77;Москва",
				fresh + ";;Повтор;Дилер;77;Москва", "");
		PortalHttp gamma = browser().loggedInAs("gamma.manager", "demo");

		HttpResponse<String> uploaded = gamma.upload("/clients/imports/new", "/clients/imports", Map.of(),
				"клиенты.csv", file.getBytes(Charset.forName("windows-1251")));
		String location = uploaded.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "");
		String page = gamma.get(location).body();
		String csv = new String(
				gamma.download(location.replace("/clients/imports/", "/imports/") + "/result.csv").body(),
				StandardCharsets.UTF_8);

		assertThat(page).contains("data-testid=\"import-added\">1<", "data-testid=\"import-skipped\">2<",
				"data-testid=\"import-unchanged\">1<");
		assertThat(csv).contains("3;" + fresh + ";Добавлено",
				"4;7707083894;Пропущено;Строка пропущена: ИНН — Неверный ИНН",
				"5;" + existingOfAnother + "/" + existingKpp + ";Без изменений;Клиент уже есть в системе",
				"6;" + fresh + ";Пропущено;Этот ИНН (с тем же КПП) уже был в строке 3");
		assertThat(asSystem(
				() -> jdbc.sql("select status from clients where inn = ?").param(fresh).query(String.class).single()))
			.isEqualTo("ON_REVIEW");
		assertThat(browser().loggedInAs("alfa.manager", "demo")
			.download(location.replace("/clients/imports/", "/imports/") + "/result.csv")
			.statusCode()).as("another distributor's import result").isEqualTo(404);
	}

}
