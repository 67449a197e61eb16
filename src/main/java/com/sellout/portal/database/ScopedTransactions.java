package com.sellout.portal.database;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in its own transaction under an explicit scope: for the few places that must
 * look across distributors on someone's behalf (finding a login before anyone is logged
 * in, checking that a login is free everywhere, loading demo data, system jobs).
 */
@Component
public class ScopedTransactions {

	private final TransactionTemplate template;

	ScopedTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public <T> T callAs(DataScope scope, Supplier<T> work) {
		return DataScopes.callAs(scope, () -> template.execute(status -> work.get()));
	}

	public void runAs(DataScope scope, Runnable work) {
		callAs(scope, () -> {
			work.run();
			return null;
		});
	}

}
