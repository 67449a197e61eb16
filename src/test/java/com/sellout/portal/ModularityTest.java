package com.sellout.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The business modules only use each other's public API (root packages), with no cycles. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(SelloutPortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "database", "identity", "distributors", "audit", "web", "demo");
	}

}
