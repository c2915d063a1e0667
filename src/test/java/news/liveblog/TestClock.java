package news.liveblog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The application's clock in tests: real time, which a test may move forward instead of waiting. Every test
 * of a context shares it, so it is put back after each test ({@link PutBackAfterEachTest}, which
 * {@link ApplicationTest} and {@link ServerTest} register); a test may also {@link #reset()} it itself.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Bean
	@Primary
	TestClock testClock() {
		return this;
	}

	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application works in UTC instants");
	}

	/** Puts the clock back after each test, so that no test runs on the time another moved it to. */
	public static class PutBackAfterEachTest implements TestExecutionListener {

		@Override
		public void afterTestMethod(TestContext testContext) {
			if (testContext.hasApplicationContext()) {
				testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
			}
		}

	}

}
