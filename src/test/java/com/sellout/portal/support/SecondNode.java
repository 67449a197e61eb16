package com.sellout.portal.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.sellout.portal.SelloutPortalApplication;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second portal node on the test's own database (on free ports, no migrations, no demo
 * data): what one node does, the other must see.
 */
public final class SecondNode {

	private SecondNode() {
	}

	public static ConfigurableApplicationContext on(DataSource dataSource, String... more) {
		return on(dataSource, new Class<?>[0], more);
	}

	/**
	 * A node with more configuration of the test's own (a clock the test moves, say).
	 */
	public static ConfigurableApplicationContext on(DataSource dataSource, Class<?>[] configuration, String... more) {
		HikariDataSource pool = (HikariDataSource) dataSource;
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + pool.getJdbcUrl(),
				"--spring.datasource.username=" + pool.getUsername(),
				"--spring.datasource.password=" + pool.getPassword(), "--spring.flyway.enabled=false",
				"--portal.demo.enabled=false"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(SelloutPortalApplication.class).sources(configuration)
			.run(FreePorts.with(arguments.toArray(String[]::new)));
	}

	public static String baseOf(ConfigurableApplicationContext node) {
		return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
	}

}
