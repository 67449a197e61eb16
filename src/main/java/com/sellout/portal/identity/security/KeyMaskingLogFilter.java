package com.sellout.portal.identity.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.sellout.portal.identity.BiKeys;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The last net under {@link KeyHidingFilter}: a log line written before any filter ran —
 * Tomcat's own "Invalid character found in the request target […]", say, which quotes the
 * whole request line — is written with its BI keys masked instead. Only events that would
 * be written and that hold {@link BiKeys#PREFIX} are touched; the exception of such an
 * event is written as its masked messages, without its stack.
 */
@Component
class KeyMaskingLogFilter extends TurboFilter implements SmartInitializingSingleton {

	/** Set while the masked copy is written, so that it passes. */
	private static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> false);

	@Override
	public void afterSingletonsInstantiated() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& context.getTurboFilterList().stream().noneMatch(KeyMaskingLogFilter.class::isInstance)) {
			setName("bi-key-masking");
			start();
			context.addTurboFilter(this);
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable thrown) {
		if (WRITING.get() || level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		String message = format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
		StringBuilder problems = new StringBuilder();
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			problems.append(problems.isEmpty() ? "\n" : "\nCaused by: ").append(cause);
		}
		if (!message.contains(BiKeys.PREFIX) && !problems.toString().contains(BiKeys.PREFIX)) {
			return FilterReply.NEUTRAL;
		}
		LoggingEvent masked = new LoggingEvent(Logger.FQCN, logger, level, KeyMasking.mask(message + problems), null,
				null);
		WRITING.set(true);
		try {
			logger.callAppenders(masked);
		}
		finally {
			WRITING.set(false);
		}
		return FilterReply.DENY;
	}

}
