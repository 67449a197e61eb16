package com.sellout.portal.odata.feed;

import com.sellout.portal.odata.BiFeed;
import com.sellout.portal.odata.edm.FeedSets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The OData service at {@link BiFeed#PATH}: Olingo's servlet handler, the feed's set
 * definitions, and the filter that marks every answer there with its OData version.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OdataSettings.class)
class FeedConfiguration {

	@Bean
	FeedSets feedSets() {
		return new FeedSets();
	}

	@Bean
	ServletRegistrationBean<FeedServlet> odataServlet(FeedServlet servlet) {
		ServletRegistrationBean<FeedServlet> registration = new ServletRegistrationBean<>(servlet, "/odata/*");
		registration.setName("odata");
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ODataVersionFilter> odataVersionFilter() {
		FilterRegistrationBean<ODataVersionFilter> registration = new FilterRegistrationBean<>(
				new ODataVersionFilter());
		registration.addUrlPatterns("/odata", "/odata/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
