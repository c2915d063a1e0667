package news.liveblog.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what in the back office. Everything under {@code /admin} needs a signed-in editor, managing
 * blogs, accounts and reading the audit trail needs an admin, and reviewing, pinning and retracting entries
 * an editor (a contributor only writes and submits); every POST carries a CSRF token; the session id
 * changes at sign-in. A stranger in the back office gets no session until they sign in (the sign-in form's
 * token and the page to return to are kept in cookies). It is here, not with the public side's chains in
 * system's SiteSecurity, because it is all about editors: their sign-in, sessions and roles.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeSecurity {

	static final String ADMIN_PATH = "/admin";

	static final String LOGIN_PAGE = "/admin/login";

	static final String LOGOUT = "/admin/logout";

	/** What only editors and admins do to entries: review submissions, pin, unpin, retract. */
	private static final String[] EDITORS_ONLY = { "/admin/live/*/review", "/admin/live/*/review/**",
			"/admin/live/*/entries/*/pin", "/admin/live/*/entries/*/unpin", "/admin/live/*/entries/*/retract",
			"/admin/live/*/entries/*/unschedule", "/admin/live/*/entries/*/schedule",
			// Readers' questions (module question): the queue, its decisions, opening and closing the form.
			"/admin/live/*/questions", "/admin/live/*/questions/**" };

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, SignInFailureHandler failureHandler) {
		ReturnAddress returnAddress = new ReturnAddress();
		return http.securityMatcher("/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN_PAGE)
				.permitAll()
				.requestMatchers("/admin/blogs/**", "/admin/accounts/**", "/admin/audit/**")
				.hasRole(EditorRole.ADMIN.name())
				// The desk (module desk: its change stream, presence, readers now) is every signed-in role's:
				// contributors are on it too, and what they are told there is decided per entry.
				.requestMatchers(SessionEndedEntryPoint.DESK + "/**")
				.hasAnyRole(EditorRole.CONTRIBUTOR.name(), EditorRole.EDITOR.name(), EditorRole.ADMIN.name())
				.requestMatchers(EDITORS_ONLY)
				.hasAnyRole(EditorRole.EDITOR.name(), EditorRole.ADMIN.name())
				// Contributors write and submit; what each of their forms may ask for is the composer's to decide.
				.anyRequest()
				.hasAnyRole(EditorRole.CONTRIBUTOR.name(), EditorRole.EDITOR.name(), EditorRole.ADMIN.name()))
			.formLogin((form) -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.successHandler(new SignInSuccessHandler(returnAddress))
				.failureHandler(failureHandler))
			// Nothing stored for strangers: the page they asked for waits in a cookie, and so does the sign-in
			// form's CSRF token until there is a session (a signed-in editor's) to keep it in.
			.requestCache((cache) -> cache.requestCache(returnAddress))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SignInCsrfTokens()))
			.logout((logout) -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// An ended session or a stale form is no error page: back through signing in to the form's page,
			// and an editor at an admin's address gets the back office's own 403 page.
			.exceptionHandling((exceptions) -> {
				SessionEndedEntryPoint sessionEnded = new SessionEndedEntryPoint(returnAddress);
				exceptions.authenticationEntryPoint(sessionEnded)
					.accessDeniedHandler(new BackOfficeAccessDenied(sessionEnded));
			})
			// Spring's own no-cache headers stand back when the container has set Expires (Jetty does, with
			// the session cookie): say no-store outright instead, so no back-office page is ever kept anywhere.
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable())
				.addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store")))
			.build();
	}

	/**
	 * Who may read the actuator beyond its health and info (the chain itself is system's SiteSecurity):
	 * admins.
	 */
	@Bean
	AuthorizationManager<RequestAuthorizationContext> operationsReaders() {
		return AuthorityAuthorizationManager.hasRole(EditorRole.ADMIN.name());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider editorAuthentication(EditorRepository editors, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, Accounts accounts, @Value("${liveblog.sign-in.at-once:4}") int signInsAtOnce,
			@Value("${liveblog.sign-in.password-checks-at-once:0}") int passwordChecksAtOnce,
			@Value("${liveblog.sign-in.wait-for-turn:PT2S}") Duration waitForTurn) {
		// One password check per core by default: hashing never takes more than the sign-in's share of the CPU.
		int checks = (passwordChecksAtOnce > 0) ? passwordChecksAtOnce : Runtime.getRuntime().availableProcessors();
		return new ThrottledAuthenticationProvider(editors,
				new BoundedPasswordChecks(passwordEncoder, checks, waitForTurn), throttle, accounts, signInsAtOnce,
				waitForTurn);
	}

	/**
	 * The sign-in gate per client address, ahead of every other filter (Spring Session's included, which may
	 * read the database): a flood of sign-ins is turned back before it costs a query or a hash.
	 */
	@Bean
	FilterRegistrationBean<SignInGate> signInGate(@Value("${liveblog.sign-in.attempts-per-address-burst:30}") int burst,
			@Value("${liveblog.sign-in.attempts-per-address-refill:PT1S}") Duration refill) {
		FilterRegistrationBean<SignInGate> registration = new FilterRegistrationBean<>(new SignInGate(burst, refill));
		registration.addUrlPatterns(LOGIN_PAGE);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
