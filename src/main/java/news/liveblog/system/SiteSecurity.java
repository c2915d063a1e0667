package news.liveblog.system;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may do what outside the back office: the public pages, the JSON API and the files for crawlers, and
 * the actuator. The back office's own chain (sign-in, sessions, CSRF, roles) is the account module's, which
 * owns everything about editors; it matches {@code /admin/**} only, between these chains' orders.
 * <p>
 * Every chain leaves the security headers to {@link SecurityHeaders}, which writes them on every response
 * (the fast path's and Jetty's own included), so no header has two writers.
 */
@Configuration(proxyBeanMethods = false)
class SiteSecurity {

	/**
	 * What the read-only chains answer a POST, PUT or DELETE: 405 with the methods they take. A 403 would say that
	 * someone else might be let do it; nobody may.
	 */
	private static final AuthenticationEntryPoint ONLY_READ = (request, response, refused) -> {
		response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
		response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
	};

	/**
	 * Applied by Spring Security to every chain, the back office's too: none of its default headers but the
	 * "do not cache" ones, which a chain whose responses may be cached turns off.
	 */
	@Bean
	Customizer<HeadersConfigurer<HttpSecurity>> headersLeftToSecurityHeaders() {
		return (headers) -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
	}

	/**
	 * Who may read the actuator. Health (with its liveness and readiness groups) and info are open: load
	 * balancers and orchestrators ask them, and strangers see statuses, never details. Everything else under
	 * the actuator's path, Prometheus's metrics included, needs whoever {@code operationsReaders} lets in (an
	 * admin signed in to the back office: the account module says so), even an endpoint someone exposes later,
	 * and a stranger gets a 401 rather than the sign-in page: these are not pages.
	 * <p>
	 * On a management port of its own ({@code management.server.port}) the exposed endpoints are open to
	 * whoever reaches that port, so that Prometheus scrapes without an account: that port is for the internal
	 * network only, and the public one then serves no actuator endpoint at all.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, Environment environment,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath,
			AuthorizationManager<RequestAuthorizationContext> operationsReaders) {
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		return http.securityMatcher(basePath, basePath + "/**")
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers(basePath + "/health", basePath + "/health/**", basePath + "/info").permitAll();
				if (ownPort) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().access(operationsReaders);
				}
			})
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.requestCache((cache) -> cache.disable())
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
		return readOnly(http, "/api/**", "/sitemap.xml", "/robots.txt")
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * Photos (module photo): read with GET and HEAD by anyone, who sees what the photo module lets them see.
	 * A back-office session is read, if the browser has one, only when the photo is not public, so that an
	 * editor sees a draft's photos; none is ever made (nothing here saves a context or a request). No session
	 * management: its filter looks into the session on every request, which would load a desk's session (a
	 * SELECT and an UPDATE, and its idle time reset) for each public image.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain photoFiles(HttpSecurity http) {
		return readOnly(http, "/media/**").sessionManagement((session) -> session.disable()).build();
	}

	/** Only GET and HEAD, for anyone; no CSRF token, nothing saved to come back to, the caching headers the answers' own. */
	private static HttpSecurity readOnly(HttpSecurity http, String... paths) {
		return http.securityMatcher(paths)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, paths)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, paths)
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ONLY_READ))
			// Nothing here changes anything, so there is no form to protect with a token.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.disable());
	}

	/**
	 * What readers send without an account: a question to the newsroom (module question) and a request for
	 * alerts of key events (module push). Anyone may, so there is no session and no CSRF token to keep in
	 * one; what keeps a stranger's site from making its readers' browsers send them is the browser's own word
	 * on where the request comes from ({@link SentFromTheSite}). Abuse beyond that
	 * (floods, bots) is each module's to turn back, with a message a reader understands.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain readerContributions(HttpSecurity http, @Value("${liveblog.public-url:}") String publicUrl) {
		return http.securityMatcher(READER_CONTRIBUTIONS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(new SentFromTheSite(publicUrl)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.disable())
			.build();
	}

	/** Where readers send something: their questions, and their alert subscriptions (and unsubscriptions). */
	static final String[] READER_CONTRIBUTIONS = { "/live/*/questions", "/live/*/questions/**",
			"/live/*/push-subscriptions", "/live/*/push-subscriptions/**" };

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicPages(HttpSecurity http) {
		// Public pages are the same for every reader: no session, no saved request, and caching headers
		// left to the pages themselves. They are only read: anything but GET and HEAD is refused (405) before
		// it does anything, so no CSRF token is made, and no session stored to keep it in, for a stranger's
		// POST. Error pages are rendered whatever the method they answer.
		return http
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ONLY_READ))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.disable())
			.build();
	}

}
