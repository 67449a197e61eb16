package com.sellout.portal.web;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

	/**
	 * Outside every filter that may touch the database: Spring Session's repository
	 * filter (Integer.MIN_VALUE + 50) and Spring Security's chain (-100) run inside it.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(MessageSource messages,
			@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(messages, views, locales));
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
