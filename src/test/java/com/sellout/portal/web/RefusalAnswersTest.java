package com.sellout.portal.web;

import java.util.Locale;

import com.sellout.portal.shared.RefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A refusal is the caller's mistake and answers 400 with its localized reason, in the API
 * and on pages; an {@link IllegalArgumentException} from our own code is a fault and
 * answers 500 without its message — through the same advice the portal runs, in the order
 * it runs them.
 */
class RefusalAnswersTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final MockMvc mvc;

	RefusalAnswersTest() {
		messages.addMessage("test.refused", Locale.ENGLISH, "Refused because of {0}.");
		messages.addMessage("test.refused", Locale.forLanguageTag("ru"), "Отклонено из-за {0}.");
		mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
			.setControllerAdvice(new PageRefusalAdvice(messages), new ApiProblemAdvice(messages))
			.build();
	}

	@Test
	void theApiAnswersARefusal400WithTheReasonInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/refused").header("Accept-Language", "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Отклонено из-за X."));
	}

	@Test
	void theApiAnswersAnIllegalArgumentOfOurOwn500WithoutItsMessage() throws Exception {
		String body = mvc.perform(get("/api/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("secret internals");
	}

	@Test
	void aPageShowsARefusalWith400AndTheReason() throws Exception {
		mvc.perform(get("/page/refused").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/refused"))
			.andExpect(model().attribute("reason", "Refused because of X."));
	}

	@Test
	void aPageDoesNotTakeAnIllegalArgumentOfOurOwnForARefusal() throws Exception {
		Throwable failure = null;
		try {
			mvc.perform(get("/page/broken"));
		}
		catch (Exception ex) {
			failure = ex.getCause();
		}
		// left to the servlet container's error page, which answers 500
		assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessage("secret internals");
	}

	@RestController
	static class Api {

		@GetMapping("/api/refused")
		String refused() {
			throw new RefusedException("test.refused", "X");
		}

		@GetMapping("/api/broken")
		String broken() {
			throw new IllegalArgumentException("secret internals");
		}

	}

	@Controller
	static class Page {

		@GetMapping("/page/refused")
		String refused() {
			throw new RefusedException("test.refused", "X");
		}

		@GetMapping("/page/broken")
		String broken() {
			throw new IllegalArgumentException("secret internals");
		}

	}

}
