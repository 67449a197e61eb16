package com.sellout.portal.database.internal;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/**
	 * Every transaction carries the thread's data scope to PostgreSQL's row-level
	 * security.
	 */
	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new ScopedTransactionManager(dataSource);
	}

	@Bean
	RuntimeRoleGuard runtimeRoleGuard(DataSource dataSource) {
		return new RuntimeRoleGuard(dataSource);
	}

	/** Without spring.datasource.url the portal runs its own PostgreSQL. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedDatabaseServer embeddedDatabaseServer(DatabaseProperties properties) throws IOException {
			return EmbeddedDatabaseServer.start(properties.dataDir(), properties.port(), properties.durable(),
					properties.clean(), properties.appRole(), properties.appPassword(), properties.outsideAccess());
		}

		/**
		 * Bound to spring.datasource.hikari.* like an external database's pool (short
		 * timeouts: a 503 soon).
		 */
		@Bean
		@Primary
		@ConfigurationProperties("spring.datasource.hikari")
		HikariDataSource dataSource(EmbeddedDatabaseServer server, DatabaseProperties properties) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(server.jdbcUrl());
			dataSource.setUsername(properties.appRole());
			dataSource.setPassword(server.appPassword());
			dataSource.setPoolName("portal");
			dataSource.setMaximumPoolSize(10);
			return dataSource;
		}

		@Bean
		@FlywayDataSource
		DataSource flywayDataSource(EmbeddedDatabaseServer server) {
			return server.ownerDataSource();
		}

	}

}
