package com.sellout.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Tests in a real Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM_PATH) driven by
 * Playwright, against the shared portal. Screenshots go to target/screenshots for people
 * to look at; every page opened or photographed is checked by axe-core
 * ({@link Accessibility}), and a serious or critical violation fails the test.
 */
public abstract class BrowserTest extends PortalTest {

	protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	protected Page page;

	private String testName;

	/** axe-core on every page this test opens or photographs. */
	protected final Accessibility accessibility = new Accessibility();

	@BeforeAll
	static void launchBrowser() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setHeadless(true)
				.setExecutablePath(Paths.get(executable))
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage(TestInfo info) {
		testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("ru-RU"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		try {
			if (page != null && !page.isClosed()) {
				screenshot("last");
			}
		}
		finally {
			context.close();
		}
		List<String> blocking = accessibility.takeBlocking();
		if (!blocking.isEmpty()) {
			throw new AssertionError(
					"Serious or critical accessibility violations (axe-core):\n  " + String.join("\n  ", blocking));
		}
	}

	protected void screenshot(String step) {
		accessibility.check(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + testName + "-" + step + ".png")));
	}

	protected void open(String path) {
		page.navigate(baseUrl() + path);
		accessibility.check(page);
	}

	protected void logIn(String login, String password) {
		open("/login");
		page.getByLabel("Логин").fill(login);
		page.getByLabel("Пароль").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
	}

}
