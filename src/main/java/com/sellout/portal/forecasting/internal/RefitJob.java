package com.sellout.portal.forecasting.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that refits the distributors whose refit is due (one node of the
 * cluster at a time, every {@code portal.forecasting.check-interval}; brought forward by
 * {@link ForecastTriggers} when one is due at once).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForecastingSettings.class)
class RefitJob {

	static final String JOB = "forecast-refit";

	@Bean
	Task<Void> forecastRefitTask(RefitQueue queue, ForecastingSettings settings) {
		return Tasks.recurring(JOB, JobSchedules.every(settings.checkInterval()))
			.execute((instance, context) -> queue.runDue());
	}

}
