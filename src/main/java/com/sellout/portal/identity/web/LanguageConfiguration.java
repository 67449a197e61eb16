package com.sellout.portal.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Russian by default, English on request: {@code ?lang=en} on any page switches the
 * session and, for a logged-in user, is kept as their language for the next login; chosen
 * on the login page, it is kept by the login too ({@link LanguageChoice}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Set<String> LANGUAGES = Set.of("ru", "en");

	private final UserAccounts users;

	LanguageConfiguration(UserAccounts users) {
		this.users = users;
	}

	/**
	 * Pages: the session's language, Russian by default. API: Accept-Language, English by
	 * default.
	 */
	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver pages = new SessionLocaleResolver();
		pages.setDefaultLocale(Locale.forLanguageTag("ru"));
		AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
		api.setSupportedLocales(List.of(Locale.ENGLISH, Locale.forLanguageTag("ru")));
		api.setDefaultLocale(Locale.ENGLISH);
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				if (!isApi(request)) {
					pages.setLocale(request, response, locale);
				}
			}

		};
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(users));
	}

	static final class LanguageSwitch implements HandlerInterceptor {

		private final UserAccounts users;

		LanguageSwitch(UserAccounts users) {
			this.users = users;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang != null && LANGUAGES.contains(lang) && !request.getRequestURI().startsWith("/api/")) {
				LocaleResolver resolver = (LocaleResolver) request
					.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE);
				if (resolver != null) {
					resolver.setLocale(request, response, Locale.forLanguageTag(lang));
				}
				CurrentUser.get()
					.ifPresentOrElse(user -> users.changeLanguage(user.id(), lang),
							() -> LanguageChoice.rememberBeforeLogin(request.getSession(), lang));
			}
			return true;
		}

	}

}
