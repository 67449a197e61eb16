package com.sellout.portal.identity.security;

import java.util.List;

import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.shared.SensitiveAction;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SensitiveActionConfiguration implements WebMvcConfigurer {

	private final SensitiveActionInterceptor interceptor;

	SensitiveActionConfiguration(Reauthentication reauthentication, List<IdentityProof> proofs, ProofAttempts attempts,
			AuditLog auditLog) {
		this.interceptor = new SensitiveActionInterceptor(reauthentication, proofs, attempts, auditLog);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(interceptor);
	}

	/**
	 * A {@link SensitiveAction} runs only after a recent proof. Ordered after method
	 * security's {@code @PreAuthorize}: who may not act is refused before being asked to
	 * confirm. An infrastructure advisor, picked up by the proxy creator method security
	 * already uses.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor sensitiveActionAdvisor(ObjectProvider<Reauthentication> reauthentication) {
		MethodInterceptor check = invocation -> {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				reauthentication.getObject().require(attributes.getRequest());
			}
			return invocation.proceed();
		};
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				new AnnotationMatchingPointcut(null, SensitiveAction.class, true), check);
		advisor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() + 1);
		return advisor;
	}

}
