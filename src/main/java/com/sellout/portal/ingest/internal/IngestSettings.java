package com.sellout.portal.ingest.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deliveries' settings ({@code portal.ingest.*}); the channels' own are
 * {@code portal.ftp.*} (the FTP drop's) and {@code portal.mail.*} (messaging's
 * {@code MailSettings}, the mailbox's too).
 *
 * @param giveUpSweep how often deliveries whose reports are still unfinished after six
 * hours are looked for, to be answered as they stand (no event announces that)
 */
@ConfigurationProperties("portal.ingest")
record IngestSettings(@DefaultValue("10m") Duration giveUpSweep) {
}
