package news.liveblog.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may read the actuator. Health (with its liveness and readiness groups) and info are open: load
 * balancers and orchestrators ask them, and strangers see statuses, never details. Everything else under the
 * actuator's path, Prometheus's metrics included, needs an admin signed in to the back office, even an
 * endpoint someone exposes later, and a stranger gets a 401 rather than the sign-in page: these are not pages.
 * <p>
 * On a management port of its own ({@code management.server.port}) the exposed endpoints are open to
 * whoever reaches that port, so that Prometheus scrapes without an account: that port is for the internal
 * network only, and the public one then serves no actuator endpoint at all.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, Environment environment,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		return http.securityMatcher(basePath, basePath + "/**")
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers(basePath + "/health", basePath + "/health/**", basePath + "/info").permitAll();
				if (ownPort) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().hasRole(EditorRole.ADMIN.name());
				}
			})
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.requestCache((cache) -> cache.disable())
			.build();
	}

}
