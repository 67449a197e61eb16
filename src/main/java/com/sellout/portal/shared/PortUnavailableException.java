package com.sellout.portal.shared;

/**
 * A listener of the portal cannot bind its port, because another program (often a second
 * portal) holds it. The message is the one line an operator needs: which port, and the
 * setting that moves it.
 */
public class PortUnavailableException extends RuntimeException {

	private PortUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * @param listener what listens there: "HTTP", "FTP", "embedded SMTP"…
	 * @param port the port it was given
	 * @param property the setting that gives it
	 * @param environment the environment variable the shipped configuration reads it from
	 */
	public static PortUnavailableException port(String listener, int port, String property, String environment,
			Throwable cause) {
		return new PortUnavailableException(describe(listener, port, property, environment), cause);
	}

	/** No port of a range (the FTP passive ports) is free. */
	public static PortUnavailableException range(String listener, String ports, String property, String environment) {
		return new PortUnavailableException("No port of " + ports + " (" + listener + ") is free: set " + property
				+ " (environment " + environment + ") to other ports, or 0 for any free one", null);
	}

	public static String describe(String listener, int port, String property, String environment) {
		return "Port " + port + " (" + listener + ") is already in use: set " + property + " (environment "
				+ environment + ") to a free port, or 0 for any free one";
	}

}
