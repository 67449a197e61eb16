package com.sellout.portal.bench;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Response times of pages or API calls as a user waits for them: each case asks its paths
 * in turn (several months, distributors, filters), first a few times to warm up, then at
 * least {@link #RUNS} times measured; prints p50, p95 and the largest. Any answer but 200
 * stops the benchmark: a fast error is no result.
 */
final class PageTimes {

	static final int WARM_UP = 10;

	static final int RUNS = 40;

	/** One case's figures in milliseconds, and the mean size of its answers in bytes. */
	record Result(String name, int asks, double p50, double p95, double max, long meanBytes) {
	}

	private PageTimes() {
	}

	/**
	 * Asks the first paths {@link #WARM_UP} times, unmeasured: the JIT and the caches
	 * warm.
	 */
	static void warm(List<String> paths, Function<String, HttpResponse<String>> ask) {
		for (int i = 0; i < WARM_UP; i++) {
			check(paths.get(i % paths.size()), ask.apply(paths.get(i % paths.size())));
		}
	}

	static Result measure(String name, List<String> paths, Function<String, HttpResponse<String>> ask) {
		int runs = Math.max(RUNS, paths.size());
		warm(paths, ask);
		long[] nanos = new long[runs];
		long bytes = 0;
		for (int i = 0; i < runs; i++) {
			String path = paths.get(i % paths.size());
			long start = System.nanoTime();
			HttpResponse<String> response = ask.apply(path);
			nanos[i] = System.nanoTime() - start;
			check(path, response);
			bytes += response.body().length();
		}
		Arrays.sort(nanos);
		Result result = new Result(name, runs, nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
				nanos[runs - 1] / 1e6, bytes / runs);
		System.out.printf(Locale.ROOT, "%-58s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d asks, ~%,d chars)%n",
				name, result.p50(), result.p95(), result.max(), runs, result.meanBytes());
		return result;
	}

	private static void check(String path, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

}
