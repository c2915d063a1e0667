package news.liveblog;

import news.liveblog.dev.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Another instance of the packaged application on the tests' PostgreSQL, on a port of its own: what a load
 * balancer puts beside the {@link ServerTest} instance. It shares nothing with that one but the database.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static SecondInstance start() {
		return new SecondInstance(new SpringApplicationBuilder(LiveBlogApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean(JdbcConnectionDetails.class,
					TestDatabase::connectionDetails))
			.properties("spring.main.banner-mode=off")
			// An argument: application.properties' server.port (8080 unless SERVER_PORT) outranks default
			// properties, and 8080 may be anyone's.
			.run("--server.port=0"));
	}

	public int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
