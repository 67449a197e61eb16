package com.sellout.portal.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.calendar.WorkingDays;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production calendar kept in the database ({@code calendar_years},
 * {@code calendar_days}): the years shipped as CSV are loaded once, at the first start
 * that finds them missing, and the manufacturer's administrator edits a year day by day.
 * Deadlines read it through a snapshot kept a few seconds, so that a page of a thousand
 * submissions asks the database once; an edit on another node shows within that time.
 */
@Service
public class CalendarDays implements WorkingDays {

	/** The years shipped with the portal, as {@code calendar/<year>.csv}. */
	static final List<Integer> SHIPPED = List.of(2026, 2027);

	private static final Duration KEPT = Duration.ofSeconds(15);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	private volatile @Nullable Kept kept;

	private record Kept(ProductionCalendar calendar, Instant until) {
	}

	/** A listed year as the page shows it. */
	public record YearInfo(int year, boolean listed, String source, boolean transfersKnown,
			@Nullable String updatedBy) {
	}

	CalendarDays(JdbcClient jdbc, ScopedTransactions transactions, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadShippedYears() {
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			for (int year : SHIPPED) {
				CalendarCsv.Year shipped = shipped(year);
				// on conflict: another node loaded it, or the year was edited since
				int inserted = jdbc.sql("""
						insert into calendar_years (year, source, transfers_known, updated_by)
						values (?, ?, ?, 'system') on conflict (year) do nothing""")
					.params(year, shipped.source(), shipped.transfersKnown())
					.update();
				if (inserted > 0) {
					writeDays(year, shipped.working(), shipped.notes());
				}
			}
		});
		kept = null;
	}

	static CalendarCsv.Year shipped(int year) {
		try (InputStream in = new ClassPathResource("calendar/" + year + ".csv").getInputStream()) {
			return CalendarCsv.read(year, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The calendar as it now stands, for one computation to read throughout. */
	public ProductionCalendar snapshot() {
		Kept current = kept;
		Instant now = Instant.now();
		if (current != null && now.isBefore(current.until())) {
			return current.calendar();
		}
		Map<LocalDate, Boolean> days = new HashMap<>();
		jdbc.sql("select day, working from calendar_days").query(rs -> {
			days.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2));
		});
		Set<Integer> years = new TreeSet<>(jdbc.sql("select year from calendar_years").query(Integer.class).list());
		ProductionCalendar calendar = new ProductionCalendar(days, years);
		kept = new Kept(calendar, now.plus(KEPT));
		return calendar;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return snapshot().isWorkingDay(day);
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		return snapshot().plusWorkingDays(day, n);
	}

	@Override
	public boolean listed(int year) {
		return snapshot().listed(year);
	}

	@Transactional(readOnly = true)
	public YearInfo year(int year) {
		return jdbc
			.sql("select year, true as listed, source, transfers_known, updated_by from calendar_years where year = ?")
			.param(year)
			.query(YearInfo.class)
			.optional()
			.orElse(new YearInfo(year, false, "", false, null));
	}

	/** The notes of a listed year's days off (why each is off), by day. */
	@Transactional(readOnly = true)
	public Map<LocalDate, String> notes(int year) {
		Map<LocalDate, String> notes = new TreeMap<>();
		jdbc.sql("select day, note from calendar_days where day >= ? and day < ? and note is not null")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query(rs -> {
				notes.put(rs.getObject(1, LocalDate.class), rs.getString(2));
			});
		return notes;
	}

	/**
	 * The manufacturer's administrator sets a year's days off: every other day of the
	 * year is a working day. The year is listed from then on; audited with what changed.
	 */
	@Transactional
	public void saveYear(int year, Set<LocalDate> daysOff, boolean transfersKnown) {
		CurrentUser user = CurrentUser.get()
			.filter(CurrentUser::isAdmin)
			.orElseThrow(() -> new AccessDeniedException("Only the manufacturer's administrator edits the calendar"));
		ProductionCalendar before = snapshotNow();
		Map<LocalDate, String> notes = notes(year);
		Map<LocalDate, Boolean> working = new TreeMap<>();
		Set<LocalDate> changed = new TreeSet<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			boolean works = !daysOff.contains(day);
			working.put(day, works);
			if (works != before.isWorkingDay(day)) {
				changed.add(day);
				notes.remove(day);
			}
		}
		boolean wasListed = before.listed(year);
		jdbc.sql("""
				insert into calendar_years (year, source, transfers_known, updated_at, updated_by)
				values (?, ?, ?, now(), ?)
				on conflict (year) do update set transfers_known = excluded.transfers_known, updated_at = now(),
				       updated_by = excluded.updated_by""")
			.params(year, "Производитель: " + user.login(), transfersKnown, user.login())
			.update();
		writeDays(year, working, notes);
		kept = null;
		auditLog.record(AuditAction.CALENDAR_DAYS_CHANGED, "calendar-year", year, null,
				(wasListed ? "" : "listed; ") + "transfers " + (transfersKnown ? "known" : "not known")
						+ (changed.isEmpty() ? "; no day changed"
								: "; changed: " + changed.stream()
									.map(day -> day + (working.get(day) ? " working" : " off"))
									.collect(Collectors.joining(", "))));
	}

	private ProductionCalendar snapshotNow() {
		kept = null;
		return snapshot();
	}

	private void writeDays(int year, Map<LocalDate, Boolean> working, Map<LocalDate, String> notes) {
		jdbc.sql("delete from calendar_days where day >= ? and day < ?")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.update();
		String[] days = working.keySet().stream().map(LocalDate::toString).toArray(String[]::new);
		Boolean[] flags = working.values().toArray(Boolean[]::new);
		String[] texts = working.keySet().stream().map(day -> notes.get(day)).toArray(String[]::new);
		jdbc.sql("""
				insert into calendar_days (day, working, note)
				select * from unnest(cast(? as date[]), cast(? as boolean[]), cast(? as text[]))""")
			.params(days, flags, texts)
			.update();
	}

}
