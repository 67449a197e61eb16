package com.sellout.portal.forecasting.models;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.sellout.portal.forecasting.DemandClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast {@link AutoForecast#choose} is on one core for 36-month series of every demand
 * class (the benchmark's shape: the service fits 6,000 of them): prints series per second
 * and the mean CPU time per class, and asserts a 36-month smooth series is chosen in
 * under 200 ms on average (a bound loose enough for a busy machine; the figures printed
 * are the point).
 */
class AutoForecastSpeedTest {

	@Test
	void choosesThirtySixMonthSeriesFast() {
		Random random = new Random(36);
		List<double[]> series = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			series.add(AutoForecastTest.seasonal(36, random));
			series.add(smooth(random));
			series.add(AutoForecastTest.intermittent(36, random));
			series.add(AutoForecastTest.lumpy(36, random));
			series.add(erratic(random));
		}
		for (double[] y : series) {
			AutoForecast.choose(y, 12); // warm up the JIT: the second pass is timed
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<DemandClass, long[]> byClass = new EnumMap<>(DemandClass.class);
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		for (double[] y : series) {
			long t0 = threads.getCurrentThreadCpuTime();
			Choice choice = AutoForecast.choose(y, 12);
			long[] sum = byClass.computeIfAbsent(choice.demandClass(), c -> new long[2]);
			sum[0] += threads.getCurrentThreadCpuTime() - t0;
			sum[1]++;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		// CPU time of this thread: what one core does, whatever else the machine runs
		System.out.printf(
				"AutoForecast.choose, 36 months, horizon 12, one thread: %d series, %.0f series/s"
						+ " of CPU time (%.0f series/s wall clock)%n",
				series.size(), series.size() / cpu, series.size() / seconds);
		byClass.forEach((c, sum) -> System.out.printf("  %-12s %3d series, %6.1f ms CPU each%n", c, sum[1],
				sum[0] / 1e6 / sum[1]));
		long[] smooth = byClass.get(DemandClass.SMOOTH);
		assertThat(smooth).isNotNull();
		assertThat(smooth[0] / 1e6 / smooth[1]).isLessThan(200);
	}

	private static double[] smooth(Random random) {
		double[] y = new double[36];
		double level = 50 + random.nextInt(400);
		for (int t = 0; t < 36; t++) {
			level *= 1 + 0.01 * random.nextGaussian();
			y[t] = Math.round(level * (1 + 0.08 * random.nextGaussian()));
		}
		return y;
	}

	private static double[] erratic(Random random) {
		double[] y = new double[36];
		for (int t = 0; t < 36; t++) {
			y[t] = 1 + Math.round(-80 * Math.log(1 - random.nextDouble()));
		}
		return y;
	}

}
