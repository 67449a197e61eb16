package com.sellout.portal.sellout;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sell-out pipeline's settings ({@code portal.sellout.*}), in one place so that each
 * default is written once; the channels that wait for a report's outcome read
 * {@link #apiWait} here too.
 *
 * @param maxFileSize the largest sell-out file accepted on any channel (larger ones are
 * refused with 413)
 * @param apiWait how long a channel that answers with the outcome (API, upload page, 1C
 * exchange, mapping correction) waits for the processing before answering that the report
 * is still being processed
 * @param workers report processing threads on each node
 * @param smallFileWorkers workers kept beside them for files under {@code smallFileSize},
 * so that a small file is not stuck behind large ones
 * @param smallFileSize what counts as a small file
 * @param timeBudget processing longer than this rejects the report (a verdict on the
 * file)
 * @param retryInterval reports left unfinished (a database that failed mid-file, a node
 * that died) are taken up again by any node within this interval
 * @param pollInterval how often idle workers look for reports that other nodes received
 * or left; never longer than half the retry interval
 */
@ConfigurationProperties("portal.sellout")
public record SellOutSettings(@DefaultValue("256MB") DataSize maxFileSize, @DefaultValue("30s") Duration apiWait,
		@DefaultValue("2") int workers, @DefaultValue("1") int smallFileWorkers,
		@DefaultValue("1MB") DataSize smallFileSize, @DefaultValue("10m") Duration timeBudget,
		@DefaultValue("1m") Duration retryInterval, @DefaultValue("5s") Duration pollInterval) {
}
