package com.sellout.portal.reading.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * While one file is read, a warning logged again and again — POI warns once per cell of a
 * column whose number format it cannot parse, once per cell naming a shared string that
 * is not there — is logged the first time only, and when the file is read one line says
 * how many times it came back. A warning is "the same" when only its numbers or quoted
 * values differ. Held back through a Logback turbo filter (Spring Boot's logging); with
 * another logging backend nothing is held back.
 */
public final class RepeatedWarnings implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RepeatedWarnings.class);

	private static final ThreadLocal<RepeatedWarnings> CURRENT = new ThreadLocal<>();

	private static final Once FILTER = new Once();

	private static final Pattern VARIABLE = Pattern.compile("'[^']*'|\"[^\"]*\"|\\d+");

	/**
	 * At most this many different warnings are told apart in one file; later new ones are
	 * logged as usual.
	 */
	private static final int KINDS = 100;

	private static final RepeatedWarnings NESTED = new RepeatedWarnings();

	private final Map<String, Repeat> repeats = new LinkedHashMap<>();

	private RepeatedWarnings() {
	}

	/** Starts holding back repeated warnings on this thread, until {@link #close()}. */
	public static RepeatedWarnings whileReading() {
		if (CURRENT.get() != null) {
			return NESTED; // the outer reading reports
		}
		install();
		RepeatedWarnings scope = new RepeatedWarnings();
		CURRENT.set(scope);
		return scope;
	}

	/** Logs how many times each warning held back was repeated. */
	@Override
	public void close() {
		if (this == NESTED) {
			return;
		}
		CURRENT.remove();
		repeats.forEach((kind, repeat) -> {
			if (repeat.count > 0) {
				log.warn("{} more warnings like this one were not logged while reading the file ({}): {}", repeat.count,
						repeat.logger, repeat.first);
			}
		});
	}

	/** Whether this warning was seen before in the file (then counted, not logged). */
	private boolean repeated(String logger, String message) {
		String kind = logger + '|' + VARIABLE.matcher(message).replaceAll("#");
		Repeat repeat = repeats.get(kind);
		if (repeat == null) {
			if (repeats.size() < KINDS) {
				repeats.put(kind, new Repeat(logger, message));
			}
			return false;
		}
		repeat.count++;
		return true;
	}

	private static synchronized void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& !context.getTurboFilterList().contains(FILTER)) {
			// Boot's logging setup resets the context and its filters: put it back after
			// that
			FILTER.start();
			context.addTurboFilter(FILTER);
		}
	}

	private static final class Repeat {

		private final String logger;

		private final String first;

		private long count;

		Repeat(String logger, String first) {
			this.logger = logger;
			this.first = first;
		}

	}

	private static final class Once extends TurboFilter {

		@Override
		public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
				Object[] params, Throwable t) {
			if (format == null || level == null || level.levelInt != Level.WARN_INT) {
				return FilterReply.NEUTRAL;
			}
			RepeatedWarnings scope = CURRENT.get();
			return scope != null && scope.repeated(logger.getName(), format) ? FilterReply.DENY : FilterReply.NEUTRAL;
		}

	}

}
