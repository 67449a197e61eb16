package com.sellout.portal.shared.internal;

import com.sellout.portal.shared.PortUnavailableException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A portal that cannot bind a port says, in one line, which port and which setting
 * changes it: for HTTP (Spring Boot's own analysis names no setting of ours) and for the
 * FTP, passive FTP, SMTP and IMAP listeners, which throw
 * {@link PortUnavailableException}. Ahead of Spring Boot's analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortFailureAnalyzer implements FailureAnalyzer {

	private static final String ACTION = "Stop the program that holds the port, or change the setting.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof PortUnavailableException unavailable) {
				return new FailureAnalysis(unavailable.getMessage(), ACTION, unavailable);
			}
			if (cause instanceof PortInUseException inUse) {
				return new FailureAnalysis(
						PortUnavailableException.describe("HTTP", inUse.getPort(), "server.port", "PORT"), ACTION,
						inUse);
			}
		}
		return null;
	}

}
