package com.sellout.portal.ingest.ftp;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.shared.PortUnavailableException;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfiguration;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.stereotype.Component;

/**
 * The FTP server inside the portal (Apache FtpServer): plain FTP and explicit FTPS on one
 * port, passive data connections from a configured port range, the integration accounts
 * as its users.
 */
@Component
@EnableConfigurationProperties(FtpSettings.class)
public class FtpDrop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FtpDrop.class);

	private final FtpSettings settings;

	private final Path root;

	private FtpServer server;

	private FtpServerFactory factory;

	private DataConnectionConfiguration dataConnections;

	private RevokedLogins revoked;

	/** Closes the open logins of accounts whose access has ended, idle ones too. */
	private ScheduledExecutorService accessChecks;

	private UploadTaker taker;

	private final AuthenticationManager authentication;

	private final DeliveredFiles files;

	private final DeliveryLog deliveries;

	private final IntegrationSender sender;

	private final AccessRevocation access;

	FtpDrop(FtpSettings settings, AuthenticationManager authentication, DeliveredFiles files, DeliveryLog deliveries,
			IntegrationSender sender, AccessRevocation access) throws IOException {
		this.settings = settings;
		this.root = settings.root().toAbsolutePath().normalize();
		Files.createDirectories(root);
		this.authentication = authentication;
		this.files = files;
		this.deliveries = deliveries;
		this.sender = sender;
		this.access = access;
		build();
	}

	/**
	 * A server as the settings say. Apache FtpServer cannot start again once stopped, so
	 * a stopped portal (or a test context paused and resumed) starts a new one.
	 */
	private void build() throws IOException {
		factory = new FtpServerFactory();
		ListenerFactory listener = new ListenerFactory();
		listener.setServerAddress(settings.address());
		listener.setPort(settings.port());
		listener.setIdleTimeout(settings.idleSeconds());
		listener.setSessionFilter(new TelnetCommands());
		DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
		data.setPassivePorts(settings.passivePorts());
		if (settings.passiveAddress() != null && !settings.passiveAddress().isBlank()) {
			data.setPassiveExternalAddress(settings.passiveAddress());
		}
		data.setActiveEnabled(false);
		dataConnections = data.createDataConnectionConfiguration();
		listener.setDataConnectionConfiguration(dataConnections);
		SslConfigurationFactory ssl = new SslConfigurationFactory();
		Path keystore = settings.keystore() != null ? settings.keystore()
				: SelfSignedCertificate.ensure(root.resolveSibling("ftps-keystore.p12"), settings.keystorePassword());
		ssl.setKeystoreFile(keystore.toFile());
		ssl.setKeystoreType("PKCS12");
		ssl.setKeystorePassword(settings.keystorePassword());
		ssl.setSslProtocol("TLSv1.2", "TLSv1.3");
		listener.setSslConfiguration(ssl.createSslConfiguration());
		listener.setImplicitSsl(false);
		factory.addListener("default", listener.createListener());
		ConnectionConfigFactory connections = new ConnectionConfigFactory();
		connections.setAnonymousLoginEnabled(false);
		connections.setMaxLogins(settings.maxConnections());
		connections.setMaxLoginFailures(3);
		connections.setLoginFailureDelay(500);
		factory.setConnectionConfig(connections.createConnectionConfig());
		PortalFtpUsers users = new PortalFtpUsers(authentication, root);
		factory.setUserManager(users);
		factory.setFileSystem(new SizeLimitedFiles(files.maxFileSize()));
		// a mutable map: the server clears it when it stops
		Map<String, Ftplet> ftplets = new LinkedHashMap<>();
		revoked = new RevokedLogins(access);
		ftplets.put("access", revoked);
		taker = new UploadTaker(files, deliveries, sender, users, root, settings.requireTls(), revoked);
		ftplets.put("intake", taker);
		factory.setFtplets(ftplets);
		server = factory.createServer();
	}

	/** The control port the server listens on. */
	public int port() {
		return factory.getListener("default").getPort();
	}

	/** Where the homes of the accounts are. */
	public Path root() {
		return root;
	}

	/** The folder of an account's results. */
	public Path outFolder(String login) {
		return root.resolve(login.toLowerCase(Locale.ROOT)).resolve("out");
	}

	@Override
	public void start() {
		if (!settings.enabled()) {
			return;
		}
		try {
			if (server.isStopped()) {
				build();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The FTP server cannot be set up again", ex);
		}
		requireAPassivePort();
		try {
			server.start();
			accessChecks = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "ftp-access");
				thread.setDaemon(true);
				return thread;
			});
			accessChecks.scheduleWithFixedDelay(() -> revoked.closeRevoked(factory.getListener("default")), 3, 3,
					TimeUnit.SECONDS);
			log.info("FTP drop listening on port {} (explicit FTPS{}), homes in {}", port(),
					settings.requireTls() ? " required" : " offered", root);
		}
		catch (FtpException | RuntimeException ex) {
			if (causedBy(ex, BindException.class)) {
				throw PortUnavailableException.port("FTP", settings.port(), "portal.ftp.port", "PORTAL_FTP_PORT", ex);
			}
			throw new IllegalStateException("The FTP server cannot start on port " + settings.port(), ex);
		}
	}

	/**
	 * Passive ports are bound per transfer; a range with none free at the start is a
	 * setting to change.
	 */
	private void requireAPassivePort() {
		int port = dataConnections.requestPassivePort();
		if (port < 0) {
			throw PortUnavailableException.range("FTP passive", settings.passivePorts(), "portal.ftp.passive-ports",
					"PORTAL_FTP_PASSIVE_PORTS");
		}
		if (port > 0) {
			dataConnections.releasePassivePort(port);
		}
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void stop() {
		if (accessChecks != null) {
			accessChecks.shutdownNow();
		}
		if (!server.isStopped()) {
			server.stop();
		}
		taker.close();
	}

	@Override
	public boolean isRunning() {
		return !server.isStopped() && !server.isSuspended() && settings.enabled();
	}

}
