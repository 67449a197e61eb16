package com.sellout.portal.ingest.ftp;

import java.io.IOException;

import com.sellout.portal.identity.AccessRevocation;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * An FTP login ends with its account's access: once the account or its distributor is deactivated
 * or its password changed — on any node — its next command is answered 421 and the connection
 * closed. Checked against the account's row before every command, so no node has to be told.
 */
final class RevokedLogins extends DefaultFtplet {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RevokedLogins.class);

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
			session.write(new DefaultFtpReply(421, "Access ended: the account was deactivated or its password changed."));
			return FtpletResult.DISCONNECT;
		}
		return FtpletResult.DEFAULT;
	}

}
