package com.sellout.portal;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business modules only use each other's public API (root packages), with no cycles.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(SelloutPortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("shared", "database",
				"identity", "distributors", "audit", "web", "demo");
	}

	/**
	 * Each module says in its {@code package-info} what it may use — so that a new
	 * dependency is a decision written down, not an accident {@code verify()} lets
	 * through — and that its types are non-null unless marked.
	 */
	@Test
	void everyModuleDeclaresItsDependenciesAndNullness() {
		modules.forEach(module -> {
			Class<?> info = packageInfo(module.getBasePackage().getName());
			assertThat(info).as("%s needs a package-info.java", module.getIdentifier()).isNotNull();
			ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
			assertThat(declared).as("%s: @ApplicationModule on its package", module.getIdentifier()).isNotNull();
			assertThat(declared.allowedDependencies()).as("%s: explicit allowedDependencies", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
			assertThat(info.isAnnotationPresent(NullMarked.class)).as("%s: @NullMarked", module.getIdentifier())
				.isTrue();
		});
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
