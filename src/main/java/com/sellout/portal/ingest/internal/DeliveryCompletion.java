package com.sellout.portal.ingest.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReportEvent;
import com.sellout.portal.sellout.SellOutReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers deliveries: when every report of a delivery is processed it writes the
 * channel's answer (result files, reply mail) and closes the delivery — processed, or
 * rejected when nothing in it could be imported. It listens to the events of reports
 * (after their transaction commits, delivered at least once), and is asked once more when
 * a delivery is recorded (its reports may have finished before it was). Each delivery is
 * locked while it is answered and answered only while open, so that an event delivered
 * twice, or to two nodes, answers it once. A slow sweep remains for what no event
 * announces: a delivery whose reports are still unfinished after {@link #GIVE_UP} is
 * answered as it stands.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
class DeliveryCompletion {

	private static final Logger log = LoggerFactory.getLogger(DeliveryCompletion.class);

	static final String JOB = "delivery-give-up";

	/**
	 * A delivery whose reports are still unfinished after this long is answered as it
	 * stands.
	 */
	private static final Duration GIVE_UP = Duration.ofHours(6);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final SellOutReports reports;

	private final ReportLinesTable texts;

	private final MessageSource messages;

	private final Map<String, DeliveryAnswer> answers;

	private final UserAccounts users;

	private final Duration sweep;

	DeliveryCompletion(JdbcClient jdbc, ScopedTransactions transactions, SellOutReports reports, ReportLinesTable texts,
			MessageSource messages, List<DeliveryAnswer> answers, UserAccounts users, IngestSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.reports = reports;
		this.texts = texts;
		this.messages = messages;
		this.users = users;
		this.answers = answers.stream().collect(Collectors.toMap(DeliveryAnswer::channel, Function.identity()));
		this.sweep = settings.giveUpSweep();
	}

	/**
	 * A report was processed (or changed): the open deliveries it belongs to are answered
	 * if it was their last.
	 */
	@Async
	@TransactionalEventListener
	void on(SellOutReportEvent event) {
		List<Long> open = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select distinct d.id from delivery_files f join deliveries d on d.id = f.delivery_id
						 where f.report_id = ? and d.completed_at is null and d.status = 'RECEIVED' order by d.id""")
					.param(event.reportId())
					.query(Long.class)
					.list());
		open.forEach(this::answerIfReady);
	}

	/**
	 * Answers the delivery if every report in it is processed (a delivery of refused
	 * files only, at once).
	 */
	void answerIfReady(long deliveryId) {
		try {
			transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> complete(deliveryId, false));
		}
		catch (RuntimeException ex) {
			log.warn("Delivery {} not answered yet: {}", deliveryId, ex.toString());
		}
	}

	/**
	 * Reports that never finish announce nothing: their deliveries are answered as they
	 * stand once given up.
	 */
	@Bean
	Task<Void> deliveryGiveUpTask() {
		return Tasks.recurring(JOB, JobSchedules.every(sweep)).execute((instance, context) -> giveUp());
	}

	private record Open(long id, Long distributorId, String channel, String sender, String subject, String messageKey,
			String receivedBy, String resultPath, OffsetDateTime receivedAt) {
	}

	private record StoredFile(String fileName, Long reportId, boolean newReport, String refusal) {
	}

	/** Answers every open delivery older than {@link #GIVE_UP}; answers how many. */
	int giveUp() {
		List<Long> open = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select id from deliveries where completed_at is null and status = 'RECEIVED'
						   and received_at < now() - make_interval(secs => ?) order by id limit 200""")
					.param((double) GIVE_UP.toSeconds())
					.query(Long.class)
					.list());
		int completed = 0;
		for (long id : open) {
			try {
				if (Boolean.TRUE.equals(transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> complete(id, true)))) {
					completed++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Delivery {} not answered yet: {}", id, ex.toString());
			}
		}
		return completed;
	}

	private boolean complete(long id, boolean sweeping) {
		Open delivery = jdbc
			.sql("""
					select d.id, d.distributor_id, d.channel, d.sender, d.subject, d.message_key, d.received_by, d.result_path,
					       d.received_at
					  from deliveries d
					 where d.id = ? and d.completed_at is null and d.status = 'RECEIVED' for update skip locked""")
			.param(id)
			.query(Open.class)
			.optional()
			.orElse(null);
		if (delivery == null) {
			return false;
		}
		List<StoredFile> stored = jdbc
			.sql("""
					select file_name, report_id, new_report, refusal from delivery_files where delivery_id = ? order by position""")
			.param(id)
			.query(StoredFile.class)
			.list();
		Locale language = Locale.forLanguageTag(delivery.receivedBy() == null ? "ru"
				: users.findByLogin(delivery.receivedBy())
					.map(UserAccount::language)
					.filter(tag -> !tag.isBlank())
					.orElse("ru"));
		List<DeliveryAnswer.FileResult> results = new ArrayList<>();
		boolean givingUp = sweeping && delivery.receivedAt().isBefore(OffsetDateTime.now().minus(GIVE_UP));
		for (StoredFile file : stored) {
			SellOutReport report = file.reportId() == null ? null : reports.find(file.reportId()).orElse(null);
			if (report != null && !report.status().isFinished() && !givingUp) {
				return false;
			}
			results.add(new DeliveryAnswer.FileResult(file.fileName(), report, file.newReport(),
					reason(file, report, language)));
		}
		DeliveryAnswer answer = answers.get(delivery.channel());
		if (answer != null) {
			answer.answer(
					new DeliveryAnswer.OpenDelivery(delivery.id(), delivery.distributorId(), delivery.sender(),
							delivery.subject(), delivery.messageKey(), delivery.receivedBy(), delivery.resultPath()),
					results, language);
		}
		boolean nothingImported = results.stream().allMatch(DeliveryAnswer.FileResult::rejected);
		String reason = results.stream()
			.map(DeliveryAnswer.FileResult::reason)
			.filter(r -> r != null)
			.findFirst()
			.orElse(results.isEmpty() ? messages.getMessage("delivery.noFiles", null, language) : null);
		jdbc.sql("update deliveries set status = ?, reason = ?, completed_at = now() where id = ?")
			.params((nothingImported ? DeliveryStatus.REJECTED : DeliveryStatus.PROCESSED).name(),
					nothingImported ? reason : null, id)
			.update();
		return true;
	}

	private String reason(StoredFile file, SellOutReport report, Locale language) {
		if (file.refusal() != null) {
			Delivery.Refusal refusal = Delivery.Refusal.parse(file.refusal());
			return messages.getMessage(refusal.key(), refusal.arguments(), refusal.key(), language);
		}
		if (report == null) {
			return null;
		}
		if (!report.status().isFinished()) {
			return messages.getMessage("delivery.stillProcessing", null, language);
		}
		return texts.rejectionReason(report, language);
	}

}
