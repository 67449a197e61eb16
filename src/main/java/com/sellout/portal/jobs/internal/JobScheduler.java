package com.sellout.portal.jobs.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.sellout.portal.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Task} bean of the application through one db-scheduler: executions
 * live in the {@code scheduled_tasks} table and are locked by the node that picks them.
 * Starts when the application is ready (so that no job runs against a half-built context)
 * and stops, letting running jobs finish, when it shuts down.
 */
@Component
@EnableConfigurationProperties(JobSettings.class)
class JobScheduler implements SmartLifecycle, Jobs {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final Scheduler scheduler;

	private final JobSettings settings;

	private volatile boolean running;

	JobScheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
		this.settings = settings;
		List<OnStartup> recurring = tasks.stream()
			.filter(OnStartup.class::isInstance)
			.map(OnStartup.class::cast)
			.toList();
		List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
		this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
			.startTasks(startTasks(recurring))
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.heartbeatInterval(settings.heartbeat())
			.enableImmediateExecution()
			.schedulerName(new SchedulerName.Fixed(nodeName()))
			.build();
	}

	/**
	 * The node's name in {@code picked_by}: host and a random suffix, so that two nodes
	 * on one host differ.
	 */
	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "node";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List startTasks(List<OnStartup> recurring) {
		return recurring;
	}

	@Override
	public void runSoon(String recurringJob) {
		if (!running) {
			return;
		}
		try {
			scheduler.reschedule(TaskInstanceId.of(recurringJob, RecurringTask.INSTANCE), Instant.now());
		}
		catch (RuntimeException busy) {
			// picked by a node right now: it runs again at its turn
			log.debug("{} not brought forward: {}", recurringJob, busy.getMessage());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (settings.enabled() && !running) {
			scheduler.start();
			running = true;
			log.info("Jobs started");
		}
	}

	@Override
	public void start() {
		// started when the application is ready, see ready()
	}

	@Override
	public void stop() {
		if (running) {
			scheduler.stop();
			running = false;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stopped before the web server and the database pool
		return Integer.MAX_VALUE - 100;
	}

}
