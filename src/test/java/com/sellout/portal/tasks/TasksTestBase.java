package com.sellout.portal.tasks;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

/** What the tasks' tests share: the fixture's objects and the API called as a person. */
abstract class TasksTestBase extends PortalTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private Conversations conversations;

	TaskFixture.Objects objects;

	@BeforeEach
	void objects() {
		objects = TaskFixture.ensure(jdbc, this::asSystem, this::asUser, intake, conversations);
	}

	HttpResponse<String> post(String path, String login, String json) {
		return browser().apiSend("POST", path, json, login, "demo");
	}

	HttpResponse<String> get(String path, String login) {
		return browser().api(path, login, "demo");
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The fields a 422 answer names. */
	static List<String> fields(HttpResponse<String> response) {
		if (response.statusCode() != 422) {
			throw new AssertionError("Expected 422, got " + response.statusCode() + ": " + response.body());
		}
		List<String> fields = new ArrayList<>();
		json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

	PortalHttp tab(String login) {
		PortalHttp tab = browser().loggedInAs(login, "demo");
		// a page with ?lang= keeps the person's language: every test starts in Russian
		tab.get("/tasks?lang=ru");
		return tab;
	}

}
