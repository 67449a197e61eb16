package com.sellout.portal.odata.web;

import java.util.List;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.odata.reporting.ReportingRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the database section ({@code templates/odata/reporting.html ::
 * section}) reads, put in the model of the pages that include it — {@code /bi} (whose
 * controller is not this module's web part) and the section's own page — and nowhere
 * else: {@code reportingConnection}, {@code reportingRoles}, {@code reportingManages},
 * {@code reportingDistributors}, {@code reportingBack}; {@code reportingNewCredentials}
 * comes in the flash after a create or a regenerate.
 */
@Configuration(proxyBeanMethods = false)
class ReportingPageModel implements WebMvcConfigurer, HandlerInterceptor {

	static final String NEW_CREDENTIALS = "reportingNewCredentials";

	private final ReportingRoles reporting;

	private final Distributors distributors;

	ReportingPageModel(ReportingRoles reporting, Distributors distributors) {
		this.reporting = reporting;
		this.distributors = distributors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/bi", "/bi/", ReportingRolesController.PAGE, ReportingRolesController.PAGE + "/roles",
					ReportingRolesController.PAGE + "/roles/*/password");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || CurrentUser.get().isEmpty()
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		boolean manages = reporting.manages();
		page.addObject("reportingConnection", reporting.connection());
		page.addObject("reportingRoles", reporting.roles());
		page.addObject("reportingManages", manages);
		page.addObject("reportingDistributors", manages ? distributors.all() : List.<Distributor>of());
		page.addObject("reportingBack", request.getRequestURI().startsWith(ReportingRolesController.PAGE) ? "" : "/bi");
	}

}
