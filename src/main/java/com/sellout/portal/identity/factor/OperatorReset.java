package com.sellout.portal.identity.factor;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator's way back in for a locked-out last administrator:
 * {@code PORTAL_SECURITY_RESET_SECOND_FACTOR=<login>} at start removes that person's
 * second factor — once: the reset is recorded, so a restart with the variable still set
 * leaves a factor set up since alone. Audited and logged as a warning.
 */
@Component
class OperatorReset {

	private static final Logger log = LoggerFactory.getLogger(OperatorReset.class);

	private final String login;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final SecondFactors factors;

	OperatorReset(@Value("${portal.security.reset-second-factor:}") String login, JdbcClient jdbc,
			ScopedTransactions transactions, SecondFactors factors) {
		this.login = login.strip();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.factors = factors;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resetIfAsked() {
		if (!login.isEmpty()) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, this::reset);
		}
	}

	private void reset() {
		boolean first = jdbc
			.sql("insert into second_factor_operator_resets (login) values (lower(?)) on conflict do nothing")
			.param(login)
			.update() == 1;
		if (!first) {
			log.info("PORTAL_SECURITY_RESET_SECOND_FACTOR={} was already applied once; nothing reset", login);
			return;
		}
		var user = jdbc.sql("select id, distributor_id from users where lower(login) = lower(?)")
			.param(login)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2) })
			.optional();
		if (user.isEmpty()) {
			log.warn("PORTAL_SECURITY_RESET_SECOND_FACTOR={}: no such login, nothing reset", login);
			return;
		}
		long id = user.get()[0];
		boolean had = factors.isEnabled(id);
		factors.reset(id, login, user.get()[1] < 0 ? null : user.get()[1],
				"PORTAL_SECURITY_RESET_SECOND_FACTOR at start");
		log.warn("Second factor of {} reset by the operator (PORTAL_SECURITY_RESET_SECOND_FACTOR){}; "
				+ "remove the variable", login, had ? "" : " — they had none");
	}

}
