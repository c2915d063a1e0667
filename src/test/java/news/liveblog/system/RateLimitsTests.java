package news.liveblog.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.Newsroom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the question form and push subscriptions count on: each client address and everyone together have their
 * own count per scope, a request beyond the limit is told how long is left of the window, and no row holds a
 * client address or outlasts its window.
 */
@ApplicationTest
class RateLimitsTests {

	private static final Duration WINDOW = Duration.ofMinutes(10);

	@Autowired
	private RateLimits limits;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aClientBeyondItsLimitWaitsForTheRestOfItsWindowWhileOthersAndOtherScopesDoNot() {
		String scope = "test:" + Newsroom.uniqueSlug();
		String address = "203.0.113.7";

		assertThat(this.limits.countFromClient(scope, address, 2, WINDOW)).isEmpty();
		this.newsroom.clock().advance(Duration.ofMinutes(4));
		assertThat(this.limits.countFromClient(scope, address, 2, WINDOW)).isEmpty();
		Optional<Duration> third = this.limits.countFromClient(scope, address, 2, WINDOW);

		// What is left of the window it opened 4 minutes ago (the real time moves on a little, too).
		assertThat(third).hasValueSatisfying(
				(wait) -> assertThat(wait).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6)));
		assertThat(this.limits.countFromClient(scope, "203.0.113.8", 2, WINDOW)).isEmpty();
		assertThat(this.limits.countFromClient(scope + "-other", address, 2, WINDOW)).isEmpty();
		assertThat(this.limits.countFromEveryone(scope, 2, WINDOW)).as("everyone's count is its own").isEmpty();
		this.newsroom.clock().advance(Duration.ofMinutes(6));
		assertThat(this.limits.countFromClient(scope, address, 2, WINDOW)).as("a new window").isEmpty();
	}

	@Test
	void noRowHoldsTheAddressAndNoneOutlastsItsWindow() {
		String scope = "test:" + Newsroom.uniqueSlug();
		String address = "2001:db8::1";
		this.limits.countFromClient(scope, address, 5, WINDOW);
		this.limits.countFromEveryone(scope, 5, WINDOW);

		assertThat(clients(scope)).hasSize(2).doesNotContain(address).allMatch((client) -> !client.contains("2001"));
		this.newsroom.clock().advance(WINDOW);
		this.limits.forgetEndedWindows();
		assertThat(clients(scope)).isEmpty();
	}

	private List<String> clients(String scope) {
		return this.jdbc.sql("select client from rate_limit_count where scope = ?").param(scope).query(String.class).list();
	}

}
