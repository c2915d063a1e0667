package news.liveblog.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Back-office sessions are kept in PostgreSQL by Spring Session JDBC (tables from Flyway's V8), so every
 * instance behind the load balancer reads and writes the same sessions.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

	/**
	 * Two requests of one session on two instances at once (a double click spread by the balancer) may both
	 * add the same attribute, a flash message say; Spring Session's plain INSERT makes the second a 500. Its
	 * PostgreSQL queries upsert instead: the later write wins, as it would in memory.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
