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
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.sellout.ReportLinesTable;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job that answers deliveries: when every report of a delivery is processed it writes the
 * channel's answer (result files, reply mail) and closes the delivery — processed, or rejected when
 * nothing in it could be imported. Each delivery is locked while it is answered, so that with
 * several nodes it is answered once.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryCompletion {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeliveryCompletion.class);

	static final String JOB = "delivery-completion";

	/** A delivery whose reports are still unfinished after this long is answered as it stands. */
	private static final Duration GIVE_UP = Duration.ofHours(6);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final SellOutReports reports;

	private final ReportLinesTable texts;

	private final MessageSource messages;

	private final Map<String, DeliveryAnswer> answers;

	private final Duration interval;

	DeliveryCompletion(JdbcClient jdbc, ScopedTransactions transactions, SellOutReports reports, ReportLinesTable texts,
			MessageSource messages, List<DeliveryAnswer> answers,
			@Value("${portal.ingest.completion-interval:2s}") Duration interval) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.reports = reports;
		this.texts = texts;
		this.messages = messages;
		this.answers = answers.stream().collect(Collectors.toMap(DeliveryAnswer::channel, Function.identity()));
		this.interval = interval;
	}

	@Bean
	Task<Void> deliveryCompletionTask() {
		return Tasks.recurring(JOB, JobSchedules.every(interval))
			.execute((instance, context) -> completeReady());
	}

	private record Open(long id, Long distributorId, String channel, String sender, String subject, String messageKey,
			String receivedBy, String resultPath, OffsetDateTime receivedAt, String language) {
	}

	private record StoredFile(String fileName, Long reportId, boolean newReport, String refusal) {
	}

	/** Answers every delivery whose reports are all processed; answers how many. */
	int completeReady() {
		List<Long> open = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
			.sql("select id from deliveries where completed_at is null and status = 'RECEIVED' order by id limit 200")
			.query(Long.class).list());
		int completed = 0;
		for (long id : open) {
			try {
				if (Boolean.TRUE.equals(transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> complete(id)))) {
					completed++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Delivery {} not answered yet: {}", id, ex.toString());
			}
		}
		return completed;
	}

	private boolean complete(long id) {
		Open delivery = jdbc.sql("""
				select d.id, d.distributor_id, d.channel, d.sender, d.subject, d.message_key, d.received_by, d.result_path,
				       d.received_at, coalesce(u.language, 'ru') as language
				  from deliveries d left join users u on lower(u.login) = lower(d.received_by)
				 where d.id = ? and d.completed_at is null for update of d skip locked""").param(id)
			.query(Open.class).optional().orElse(null);
		if (delivery == null) {
			return false;
		}
		List<StoredFile> stored = jdbc.sql("""
				select file_name, report_id, new_report, refusal from delivery_files where delivery_id = ? order by position""")
			.param(id).query(StoredFile.class).list();
		Locale language = Locale.forLanguageTag(delivery.language());
		List<DeliveryAnswer.FileResult> results = new ArrayList<>();
		boolean givingUp = delivery.receivedAt().isBefore(OffsetDateTime.now().minus(GIVE_UP));
		for (StoredFile file : stored) {
			SellOutReport report = file.reportId() == null ? null : reports.find(file.reportId()).orElse(null);
			if (report != null && !report.status().isFinished() && !givingUp) {
				return false;
			}
			results.add(new DeliveryAnswer.FileResult(file.fileName(), report, file.newReport(), reason(file, report, language)));
		}
		DeliveryAnswer answer = answers.get(delivery.channel());
		if (answer != null) {
			answer.answer(new DeliveryAnswer.OpenDelivery(delivery.id(), delivery.distributorId(), delivery.sender(),
					delivery.subject(), delivery.messageKey(), delivery.receivedBy(), delivery.resultPath()), results, language);
		}
		boolean nothingImported = results.stream().allMatch(DeliveryAnswer.FileResult::rejected);
		String reason = results.stream().map(DeliveryAnswer.FileResult::reason).filter(r -> r != null).findFirst()
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
