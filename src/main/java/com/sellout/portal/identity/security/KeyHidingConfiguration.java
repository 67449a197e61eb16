package com.sellout.portal.identity.security;

import java.io.CharArrayWriter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.AccessLogValve;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * BI keys are never written to a log: requests go on with the key masked (see
 * {@link KeyHidingFilter}), and Tomcat's access log — which writes the request line
 * itself, outside every filter — is Boot's own valve with each line masked before it is
 * written. Nothing to configure: {@code server.tomcat.accesslog.*} works as documented.
 */
@Configuration(proxyBeanMethods = false)
class KeyHidingConfiguration {

	/** Before every other filter, so that none of them sees the key. */
	@Bean
	FilterRegistrationBean<KeyHidingFilter> keyHidingFilter() {
		FilterRegistrationBean<KeyHidingFilter> registration = new FilterRegistrationBean<>(new KeyHidingFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		return registration;
	}

	@Bean
	KeyHidingAccessLog keyHidingAccessLog() {
		return new KeyHidingAccessLog();
	}

	/**
	 * Runs after Boot's customizer has added its access log valve (when
	 * {@code server.tomcat.accesslog.enabled}) and puts a masking one with the same
	 * settings in its place.
	 */
	static final class KeyHidingAccessLog implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatWebServerFactory factory) {
			List<Valve> valves = new ArrayList<>();
			for (Valve valve : factory.getEngineValves()) {
				if (valve instanceof AccessLogValve log && !(valve instanceof MaskingAccessLogValve)) {
					MaskingAccessLogValve masking = new MaskingAccessLogValve();
					BeanUtils.copyProperties(log, masking, "next", "container", "domain");
					valves.add(masking);
				}
				else {
					valves.add(valve);
				}
			}
			factory.setEngineValves(valves);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** Tomcat's access log with every line's BI keys masked. */
	static final class MaskingAccessLogValve extends AccessLogValve {

		@Override
		public void log(CharArrayWriter message) {
			String line = message.toString();
			if (!KeyMasking.mayHoldKey(line)) {
				super.log(message);
				return;
			}
			CharArrayWriter masked = new CharArrayWriter(line.length());
			masked.append(KeyMasking.mask(line));
			super.log(masked);
		}

	}

}
