package news.liveblog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time, which a test may move forward instead of waiting. Every test
 * of a context shares it, so it is put back after each test ({@link Newsroom.PutBackAfterEachTest}); a test
 * may also {@link #reset()} it itself.
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
}
