package com.sellout.portal.ingest.ftp;

import java.io.IOException;

import com.sellout.portal.identity.AccessRevocation;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.listener.Listener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An FTP login ends with its account's access: once the account or its distributor is
 * deactivated or its password changed — on any node — its next command is answered 421
 * and the connection closed, and an idle one is closed within seconds by
 * {@link #closeRevoked}. Checked against the account's row, so no node has to be told.
 */
final class RevokedLogins extends DefaultFtplet {

	private static final Logger log = LoggerFactory.getLogger(RevokedLogins.class);

	private static final String ENDED = "Access ended: the account was deactivated or its password changed.";

	private final AccessRevocation access;

	RevokedLogins(AccessRevocation access) {
		this.access = access;
	}

	/** Whether the session is logged in as an account whose access has ended since. */
	boolean revoked(FtpSession session) {
		return session.getUser() instanceof PortalFtpUsers.AccountUser user && access.isRevoked(user.account());
	}

	@Override
	public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
		if (revoked(session)) {
			log.info("FTP session of {} ended: the account's access was revoked", session.getUser().getName());
			session.write(new DefaultFtpReply(421, ENDED));
			return FtpletResult.DISCONNECT;
		}
		return FtpletResult.DEFAULT;
	}

	/**
	 * Closes this node's open logins whose access has ended, idle ones too (run every few
	 * seconds).
	 */
	void closeRevoked(Listener listener) {
		try {
			for (FtpIoSession session : listener.getActiveSessions()) {
				if (session.getUser() instanceof PortalFtpUsers.AccountUser user && access.isRevoked(user.account())) {
					log.info("FTP session of {} closed: the account's access was revoked", user.getName());
					session.write(new DefaultFtpReply(421, ENDED));
					session.closeOnFlush();
				}
			}
		}
		catch (RuntimeException ex) {
			// the next round tries again; each command is checked meanwhile
			log.warn("Could not check the open FTP sessions: {}", ex.toString());
		}
	}

}
