package com.sellout.portal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs one measured step of a benchmark and prints its seconds and peak heap. */
final class Measured {

	private Measured() {
	}

	/** What a step took: its result, seconds and peak heap in MB. */
	record Step<T>(T result, double seconds, long peakHeapMb) {
	}

	static <T> Step<T> run(String name, Supplier<T> work, Function<T, String> describe) {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		T result = work.get();
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / 1024 / 1024;
		System.out.printf(Locale.ROOT, "%-34s %7.2f s  peak heap %5d MB  %s%n", name, seconds, peak,
				describe.apply(result));
		return new Step<>(result, seconds, peak);
	}

}
