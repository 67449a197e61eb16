package com.sellout.portal.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DatabaseTrouble;
import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.sessions.SessionRecording;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/** How long the BI feed trusts a Basic password it has checked in full. */
	static final Duration FEED_PASSWORD_MEMORY = Duration.ofMinutes(5);

	/**
	 * Logged in as a person: integration accounts (systems) have no pages and only the
	 * sell-out API.
	 */
	private static final AuthorizationManager<RequestAuthorizationContext> PEOPLE = (authentication, context) -> {
		Authentication who = authentication.get();
		boolean person = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)
				&& who.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.INTEGRATION.authority()));
		return new AuthorizationDecision(person);
	};

	/**
	 * The CommerceML exchange authenticates in its own protocol (checkauth, then a
	 * session cookie).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain onecExchangeSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/1c_exchange", "/1c_exchange/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	/**
	 * bcrypt over the password's SHA-256 for new hashes ({@link LongPasswordBcrypt}: any
	 * length counts), with the algorithm named in each hash so it can be raised later;
	 * plain bcrypt hashes made before are still read.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(LongPasswordBcrypt.ID,
				Map.of(LongPasswordBcrypt.ID, new LongPasswordBcrypt(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * The password alone, where it is the only factor asked (API Basic, FTP, the 1C
	 * exchange): throttled, and refused for people who have a second factor (or must have
	 * one by now) — they use a personal API token.
	 */
	@Bean
	AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditLog auditLog, SecondFactorPolicy secondFactor,
			TemporaryPasswords temporaries) {
		return new ProviderManager(new SecondFactorBasicPolicy(new ThrottlingAuthenticationProvider(
				passwords(users, passwordEncoder, TemporaryPasswordCheck.forBasic(temporaries)), throttle, auditLog),
				secondFactor, throttle, auditLog, users));
	}

	private static DaoAuthenticationProvider passwords(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
			TemporaryPasswordCheck temporary) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setPostAuthenticationChecks(temporary);
		return passwords;
	}

	/**
	 * The BI feed: stateless, no session and no CSRF; people only — integration accounts
	 * (their Bearer token or their Basic password) are answered 403, they have no OData.
	 * A person authenticates with HTTP Basic (Power Query needs the challenge, so a
	 * missing or wrong credential is a 401 with {@code WWW-Authenticate: Basic}) or with
	 * a BI key in the URL ({@code ?key=…}, Power BI's "Web API" credential). Wrong
	 * passwords and wrong keys are throttled like logins (429 with Retry-After).
	 * <p>
	 * A personal API token (issue 22) is taken as the Basic password next to its owner's
	 * login or as a Bearer token: {@link PersonalTokenProvider} comes before the password
	 * provider; a read-only token only reads ({@link ReadOnlyTokenFilter}).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain odataSecurity(HttpSecurity http, PasswordEncoder passwordEncoder, IntegrationAccounts accounts,
			PortalUserDetailsService users, BiKeys biKeys, PersonalTokens personalTokens, LoginThrottle throttle,
			AuditLog auditLog, SecondFactorPolicy secondFactor, TemporaryPasswords temporaries) throws Exception {
		ApiProblems problems = new ApiProblems();
		PersonalTokenProvider tokens = new PersonalTokenProvider(personalTokens, users, throttle, auditLog);
		// a BI tool reads thousands of pages, each with the same Basic password: checked
		// in full once, then remembered briefly (RecentPasswords)
		AuthenticationManager feedPasswords = new ProviderManager(tokens,
				new SecondFactorBasicPolicy(
						new ThrottlingAuthenticationProvider(new RecentPasswords(
								passwords(users, passwordEncoder, TemporaryPasswordCheck.forBasic(temporaries)), users,
								FEED_PASSWORD_MEMORY, Clock.systemUTC()), throttle, auditLog),
						secondFactor, throttle, auditLog, users));
		http.securityMatcher("/odata", "/odata/**")
			.authenticationManager(feedPasswords)
			.authorizeHttpRequests(requests -> requests.anyRequest().access(PEOPLE))
			// a system's token is recognised, to be refused as a system, not as a
			// stranger
			.addFilterBefore(new BearerTokenFilter(accounts, users, tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new BiKeyFilter(biKeys, users, throttle, auditLog, problems),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new ReadOnlyTokenFilter(problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("Sell-out Portal").authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterAfter(new DataScopeFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The API: stateless, Basic authentication, no session and no CSRF; errors as problem
	 * JSON. A person's personal API token is taken as the Basic password (its provider
	 * before the passwords of {@code authenticationManager}) or as a Bearer token; a
	 * read-only one only reads.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			IntegrationAccounts accounts, PortalUserDetailsService users, PersonalTokens personalTokens,
			LoginThrottle throttle, AuditLog auditLog) throws Exception {
		ApiProblems problems = new ApiProblems();
		PersonalTokenProvider tokens = new PersonalTokenProvider(personalTokens, users, throttle, auditLog);
		// tokens first; any other password goes on to the login form's manager (a token
		// never opens a page: the form's manager has no token provider)
		AuthenticationManager tokensThenPasswords = new ProviderManager(List.of(tokens), authenticationManager);
		http.securityMatcher("/api/**")
			.authenticationManager(tokensThenPasswords)
			.authorizeHttpRequests(requests -> requests
				// an integration account delivers and reads its distributor's sell-out,
				// its figures, channel inventory and forecasts, and posts its named
				// orders (an ERP's), reads its submissions and declares «продаж не было»,
				// nothing else
				.requestMatchers("/api/v1/sellout/**", "/api/v1/channel-inventory", "/api/v1/analytics/sellout",
						"/api/v1/forecasts", "/api/v1/forecasts/sell-in", "/api/v1/named-orders",
						"/api/v1/named-orders/**", "/api/v1/submissions", "/api/v1/submissions/no-sales", "/api/v1/me")
				.authenticated()
				.anyRequest()
				.access(PEOPLE))
			.addFilterBefore(new BearerTokenFilter(accounts, users, tokens, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new ReadOnlyTokenFilter(problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("Sell-out Portal").authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterAfter(new DataScopeFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The pages: form login (the password, then the code of a second factor on its own
	 * step), session renewed at each, CSRF on every form, secure headers.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, PortalUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditLog auditLog, LoginSuccessHandler loginSuccess, LogoutAudit logoutAudit,
			AccessRevocation access, SessionRecording sessionRecording, TemporaryPasswords temporaries)
			throws Exception {
		AuthenticationManager passwordStep = new ProviderManager(new ThrottlingAuthenticationProvider(
				passwords(users, passwordEncoder, TemporaryPasswordCheck.forLoginForm(temporaries)), throttle,
				auditLog));
		SimpleUrlAuthenticationFailureHandler wrongPassword = new LoginFailureHandler();
		AuthenticationFailureHandler loginFailure = (request, response, ex) -> {
			DatabaseTrouble.rethrowIfCauseOf(ex); // the portal's 503, not "wrong
													// password"
			wrongPassword.onAuthenticationFailure(request, response, ex);
		};
		http.authenticationManager(passwordStep)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", SecondFactorLoginController.PATH, "/password/**", "/css/**", "/js/**",
						"/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/audit/**", "/admin/mail/**")
				.hasRole("ADMIN")
				.anyRequest()
				.access(PEOPLE))
			.formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).failureHandler(loginFailure))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new EndedSessionEntryPoint()))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(logoutAudit)
				.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new RevokedSessionFilter(access), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new SessionRecordingFilter(sessionRecording), RevokedSessionFilter.class)
			.addFilterAfter(new DataScopeFilter(), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new OnePageFirstFilter(), DataScopeFilter.class);
		return http.build();
	}

}
