package news.liveblog.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} turns the console log into JSON lines, with this application's
 * own configuration files (application.properties, any logging configuration) on the class path.
 * <p>
 * In a JVM of its own: Boot's logging system is one per JVM, set up once by the first application and kept
 * in system properties, so switching it here would turn the rest of the test run's logs into JSON.
 */
class StructuredLoggingTests {

	static final String MESSAGE = "Structured logging check";

	@Test
	void theConsoleLogIsJsonLinesWhenTheEnvironmentAsksForIt(@TempDir Path directory)
			throws IOException, InterruptedException {
		Path output = directory.resolve("console.log");
		ProcessBuilder java = new ProcessBuilder(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LogOnce.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		java.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");

		Process process = java.start();
		boolean exited = process.waitFor(2, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}

		assertThat(exited).as("the logging application ended").isTrue();
		String line = Files.readAllLines(output, StandardCharsets.UTF_8)
			.stream()
			.filter((candidate) -> candidate.contains(MESSAGE))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line says '" + MESSAGE + "' in:\n" + read(output)));
		JsonNode logged = JsonMapper.builder().build().readTree(line);
		assertThat(logged.path("message").asString()).isEqualTo(MESSAGE);
		assertThat(logged.path("@timestamp").isString()).isTrue();
		assertThat(logged.path("service").path("name").asString()).as("from application.properties")
			.isEqualTo("liveblog");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/** Starts Boot's logging with this project's configuration, logs one line and ends: no database, no server. */
	static final class LogOnce {

		public static void main(String[] args) {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LogOnce.class)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.run(args)) {
				LoggerFactory.getLogger(LogOnce.class).info(MESSAGE);
			}
		}

	}

}
