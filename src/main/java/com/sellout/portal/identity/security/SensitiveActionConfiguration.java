package com.sellout.portal.identity.security;

import java.util.List;

import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.Reauthentication;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SensitiveActionConfiguration implements WebMvcConfigurer {

	private final SensitiveActionInterceptor interceptor;

	SensitiveActionConfiguration(Reauthentication reauthentication, List<IdentityProof> proofs, LoginThrottle throttle,
			AuditLog auditLog) {
		this.interceptor = new SensitiveActionInterceptor(reauthentication, proofs, throttle, auditLog);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(interceptor);
	}

}
