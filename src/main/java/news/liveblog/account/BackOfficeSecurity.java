package news.liveblog.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Who may do what. Everything under {@code /admin} needs a signed-in editor, and managing blogs, accounts
 * and reading the audit trail needs an admin; every POST carries a CSRF token; the session id changes at
 * sign-in. Public pages need nothing and get no session.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeSecurity {

	static final String LOGIN_PAGE = "/admin/login";

	static final String LOGOUT = "/admin/logout";

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, SignInFailureHandler failureHandler) {
		return http.securityMatcher("/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN_PAGE)
				.permitAll()
				.requestMatchers("/admin/blogs/**", "/admin/accounts/**", "/admin/audit/**")
				.hasRole(EditorRole.ADMIN.name())
				.anyRequest()
				.hasAnyRole(EditorRole.EDITOR.name(), EditorRole.ADMIN.name()))
			.formLogin((form) -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl("/admin", false)
				.failureHandler(failureHandler))
			.logout((logout) -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// An ended session or a stale form is no error page: back through signing in to the form's page,
			// and an editor at an admin's address gets the back office's own 403 page.
			.exceptionHandling((exceptions) -> {
				SessionEndedEntryPoint sessionEnded = new SessionEndedEntryPoint(new HttpSessionRequestCache());
				exceptions.authenticationEntryPoint(sessionEnded)
					.accessDeniedHandler(new BackOfficeAccessDenied(sessionEnded));
			})
			// Spring's own no-cache headers stand back when the container has set Expires (Jetty does, with
			// the session cookie): say no-store outright, so no back-office page is ever kept anywhere.
			.headers((headers) -> headers.addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store")))
			.build();
	}

	/**
	 * The JSON API and the files for crawlers: read by anyone, the same for everyone, so only GET and HEAD,
	 * and never a session (stateless, so not even a failed request makes one). Its paths never overlap
	 * {@code /admin/**}; it only has to come before the catch-all public chain.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain readOnlyPublicResources(HttpSecurity http) {
		String[] paths = { "/api/**", "/sitemap.xml", "/robots.txt" };
		return http.securityMatcher(paths)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, paths)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, paths)
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Nothing here changes anything, and there is no session to keep a token in.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicPages(HttpSecurity http) {
		// Public pages are the same for every reader: no session, no saved request, and caching headers
		// left to the pages themselves.
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable()))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider editorAuthentication(EditorRepository editors, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, TransactionTemplate transaction) {
		return new ThrottledAuthenticationProvider(editors, passwordEncoder, throttle, transaction);
	}

}
