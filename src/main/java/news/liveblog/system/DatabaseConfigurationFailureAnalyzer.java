package news.liveblog.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Says in one sentence what to set when the application cannot start for want of its database.
 * <p>
 * The packaged application has no embedded database to fall back on, so a missing or wrong
 * {@code SPRING_DATASOURCE_*} is the most likely reason a fresh deployment fails; Boot's own analysis
 * of it talks about embedded H2 and driver classes, which helps nobody here.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseConfigurationFailureAnalyzer implements FailureAnalyzer {

	static final String SETTINGS = "SPRING_DATASOURCE_URL (for example jdbc:postgresql://localhost:5432/liveblog), "
			+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";

	private final Environment environment;

	DatabaseConfigurationFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isMissingDataSourceUrl(cause)) {
				return new FailureAnalysis("No PostgreSQL database is configured.",
						"Set " + SETTINGS + " to the database this application should use.", failure);
			}
			if (cause instanceof SQLException sql && isConnectionProblem(sql.getSQLState())) {
				return new FailureAnalysis(
						"Cannot use the PostgreSQL database at " + configuredUrl() + ": " + sql.getMessage(),
						"Check " + SETTINGS + ", and that the database is running and reachable.", failure);
			}
		}
		return null;
	}

	private String configuredUrl() {
		return this.environment.getProperty("spring.datasource.url", "(no URL set)");
	}

	/** Boot's exception for "no URL and no embedded database" is not public, so it is known by its name. */
	private static boolean isMissingDataSourceUrl(Throwable cause) {
		return cause.getClass().getName().endsWith("DataSourceProperties$DataSourceBeanCreationException");
	}

	/**
	 * Connection exceptions (08), invalid authorisation (28) and an unknown database (3D): the
	 * configuration is wrong or the server is not there, as opposed to a fault in the application.
	 */
	private static boolean isConnectionProblem(String sqlState) {
		return sqlState != null
				&& (sqlState.startsWith("08") || sqlState.startsWith("28") || sqlState.equals("3D000"));
	}

}
