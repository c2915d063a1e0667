package news.liveblog.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests an instance works on at once before readers wait their turn behind the back office
 * ({@code liveblog.server.qos.*}, {@link EditorsFirst}). Live streams and health probes are never counted.
 *
 * @param enabled {@code false}: no limit at all, every request goes straight on (the kill switch)
 * @param maxRequests requests handled at once; 0: sixteen per core. Requests run on virtual threads, so nothing
 * else bounds them: past this, more at once only lengthens the queue of runnable threads every reader's
 * request and stream waits in. Fewer cost the feed's fast path: with wrk's 256 connections, 8 at once on 2
 * cores gave 0.67 of the throughput without the limit, 32 gave 0.92, the editor's p99 below the unlimited
 * one in both (bench/spike.sh, docs/benchmarks.md); the back office has threads of its own anyway
 * @param maxSuspended requests that may wait for a turn; one more is answered 503 at once (a back-office one
 * is let in instead)
 * @param maxSuspend how long a request may wait for its turn before it is answered 503
 * @param retryAfter what the 503's {@code Retry-After} says, in whole seconds
 * @param backOfficeThreads platform threads the back office's requests run on, beside the virtual threads
 * readers keep busy; 0: on the virtual threads too
 */
@ConfigurationProperties("liveblog.server.qos")
record QosSettings(@DefaultValue("true") boolean enabled, @DefaultValue("0") int maxRequests,
		@DefaultValue("1024") int maxSuspended, @DefaultValue("2s") Duration maxSuspend,
		@DefaultValue("5s") Duration retryAfter, @DefaultValue("8") int backOfficeThreads) {

	QosSettings {
		if (maxRequests < 0 || maxSuspended < 0 || backOfficeThreads < 0) {
			throw new IllegalArgumentException(
					"liveblog.server.qos.max-requests, .max-suspended and .back-office-threads must not be negative");
		}
		if (maxSuspend.isNegative() || retryAfter.isNegative()) {
			throw new IllegalArgumentException("liveblog.server.qos.max-suspend and .retry-after must not be negative");
		}
	}

	/** {@link #maxRequests}, or sixteen per core when it is 0. */
	int requestsAtOnce() {
		return (this.maxRequests > 0) ? this.maxRequests : 16 * Runtime.getRuntime().availableProcessors();
	}

}
