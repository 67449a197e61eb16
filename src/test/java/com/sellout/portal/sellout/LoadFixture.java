package com.sellout.portal.sellout;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal in a JVM of its own (started by {@link LargeUploadsTest} with
 * {@code -Xmx1g}) on free ports and its own data directory, with the production file
 * limit: prints its HTTP port, runs until its standard input is closed, then prints its
 * peak heap (the sum of the heap pools' peaks).
 */
public final class LoadFixture {

	private LoadFixture() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.database.data-dir=" + args[0], "--portal.demo.enabled=true",
					"--portal.demo.sellout=false", "--portal.database.durable=false",
					"--portal.sellout.max-file-size=256MB", "--portal.sellout.api-wait=1s",
					"--portal.ftp.enabled=false", "--logging.level.root=warn",
					"--logging.level.com.sellout.portal.sellout=info"));
		System.out.println("PORT " + context.getEnvironment().getProperty("local.server.port"));
		System.out.println("MAXHEAP " + Runtime.getRuntime().maxMemory());
		while (System.in.read() >= 0) {
			// the test holds our input open while it needs us
		}
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.println("PEAKHEAP " + peak / 1024 / 1024);
		context.close();
		System.exit(0);
	}

}
