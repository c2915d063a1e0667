package news.liveblog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import news.liveblog.dev.TestDatabase;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Another instance of the packaged application, on a port of its own: what a load balancer puts beside the
 * {@link ServerTest} instance, or the application as a test needs it started (other settings, another
 * database, a start-up meant to fail). By default on the tests' PostgreSQL, sharing nothing else with the
 * {@link ServerTest} instance.
 * <p>
 * {@code SecondInstance.start()}, or {@code SecondInstance.with("name=value").on(database).start()}; or, for
 * as long as a test class runs, a {@code @RegisterExtension static} field set to
 * {@code SecondInstance.with(...).forTheTestClass()}.
 */
public final class SecondInstance implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

	private final Builder builder;

	private ConfigurableApplicationContext context;

	private SecondInstance(Builder builder) {
		this.builder = builder;
	}

	/** Another instance on the tests' database, configured as the packaged application is. */
	public static SecondInstance start() {
		return with().start();
	}

	/** An instance with these settings ({@code name=value}) over those of application.properties. */
	public static Builder with(String... properties) {
		return new Builder().with(properties);
	}

	/** An instance on another database than the tests' shared one. */
	public static Builder on(JdbcConnectionDetails database) {
		return new Builder().on(database);
	}

	/** Another instance on the tests' database, started before the test class and stopped after it. */
	public static SecondInstance forTheTestClass() {
		return with().forTheTestClass();
	}

	public int port() {
		return port("local.server.port");
	}

	/** The actuator's port, when the settings gave it one of its own ({@code management.server.port=0}). */
	public int managementPort() {
		return port("local.management.port");
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public <T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Override
	public void beforeAll(ExtensionContext test) {
		this.context = this.builder.run();
	}

	@Override
	public void afterAll(ExtensionContext test) {
		close();
	}

	private int port(String property) {
		return Integer.parseInt(this.context.getEnvironment().getProperty(property));
	}

	/** How the instance is to be started; {@link #start()} starts it. */
	public static final class Builder {

		private final List<String> properties = new ArrayList<>();

		private final List<Class<?>> sources = new ArrayList<>(List.of(LiveBlogApplication.class));

		private JdbcConnectionDetails database = TestDatabase.connectionDetails();

		private Builder() {
		}

		/** More settings ({@code name=value}); the last one given for a name wins. */
		public Builder with(String... properties) {
			this.properties.addAll(Arrays.asList(properties));
			return this;
		}

		/** On another database than the tests' shared one. */
		public Builder on(JdbcConnectionDetails database) {
			this.database = database;
			return this;
		}

		/**
		 * With no database given: the instance finds its own from {@code spring.datasource.*} alone, as the
		 * packaged application does from its environment.
		 */
		public Builder onTheConfiguredDatabase() {
			this.database = null;
			return this;
		}

		/** With more configuration classes beside the application (the demo blog, say). */
		public Builder and(Class<?>... sources) {
			this.sources.addAll(Arrays.asList(sources));
			return this;
		}

		/** Starts it; a start-up that fails throws, as the packaged application stops. */
		public SecondInstance start() {
			SecondInstance instance = new SecondInstance(this);
			instance.context = run();
			return instance;
		}

		/** To be registered as the test class's extension, which starts it before the class and stops it after. */
		public SecondInstance forTheTestClass() {
			return new SecondInstance(this);
		}

		/**
		 * Starts the application in a JVM of its own, on that port, so that a test can kill it outright; what
		 * it prints goes to the log.
		 */
		public Process startInItsOwnJvm(int port, Path log) throws IOException {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(
					List.of(java, "-cp", System.getProperty("java.class.path"), LiveBlogApplication.class.getName()));
			if (this.database != null) {
				// No bean crosses to another JVM: the database as the packaged application is told it.
				command.addAll(List.of("--spring.datasource.url=" + this.database.getJdbcUrl(),
						"--spring.datasource.username=" + this.database.getUsername(),
						"--spring.datasource.password=" + this.database.getPassword()));
			}
			command.addAll(arguments(port));
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		}

		private ConfigurableApplicationContext run() {
			JdbcConnectionDetails database = this.database;
			SpringApplicationBuilder application = new SpringApplicationBuilder(this.sources.toArray(Class<?>[]::new));
			if (database != null) {
				application.initializers((context) -> ((GenericApplicationContext) context)
					.registerBean(JdbcConnectionDetails.class, () -> database));
			}
			return application.run(arguments(0).toArray(String[]::new));
		}

		/**
		 * The one place that sets an instance's properties: as arguments, not default properties, since
		 * application.properties' own settings (server.port=8080 unless SERVER_PORT, and 8080 may be anyone's)
		 * win over defaults and arguments win over them.
		 */
		private List<String> arguments(int port) {
			List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
			this.properties.forEach((property) -> arguments.add("--" + property));
			return arguments;
		}

	}

}
