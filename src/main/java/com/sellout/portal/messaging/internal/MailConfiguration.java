package com.sellout.portal.messaging.internal;

import java.util.Properties;

import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.messaging.MailSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	JavaMailSender mailSender(MailServers servers) {
		MailSettings.Server smtp = servers.smtp();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port());
		sender.setUsername(smtp.username());
		sender.setPassword(smtp.password());
		sender.setProtocol(smtp.ssl() ? "smtps" : "smtp");
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		String prefix = "mail." + sender.getProtocol() + ".";
		properties.put(prefix + "auth", String.valueOf(smtp.username() != null && !smtp.username().isBlank()));
		properties.put(prefix + "starttls.enable", String.valueOf(smtp.starttls()));
		properties.put(prefix + "starttls.required", String.valueOf(smtp.starttls()));
		properties.put(prefix + "connectiontimeout", "10000");
		properties.put(prefix + "timeout", "30000");
		properties.put(prefix + "writetimeout", "30000");
		return sender;
	}

}
