package news.liveblog.account;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.system.ClientAddress;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first gate of sign-in, in front of everything else (sessions, the database, password hashing): each
 * client address may send a burst of sign-in attempts, then one per {@code refill}; beyond that the attempt
 * is turned back at once with "try again in N seconds". A flood of sign-ins from a few addresses then
 * costs almost nothing; one from many addresses still meets the password checks' own bound
 * ({@link BoundedPasswordChecks}) and the per-account throttle.
 * <p>
 * Kept in memory, per instance: a first gate does not need to be exact across instances, and it must not
 * cost a query. The buckets are a bounded map (the least recently seen address goes first), so addresses
 * without end cannot fill the memory; a forgotten address just starts with a full bucket again.
 */
final class SignInGate extends OncePerRequestFilter {

	static final int MAX_ADDRESSES = 10_000;

	private final int burst;

	private final long refillNanos;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}

	};

	SignInGate(int burst, Duration refill) {
		this.burst = Math.max(1, burst);
		this.refillNanos = Math.max(1, refill.toNanos());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long waitNanos = take(ClientAddress.of(request), System.nanoTime());
		if (waitNanos == 0) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = LoginThrottledException.secondsRemaining(Duration.ofNanos(waitNanos));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		SignInFailureHandler.backToSignIn(request, response, "tooMany", seconds);
	}

	/** Takes a token from the address's bucket: 0 when there was one, else how long until there is. */
	long take(String address, long now) {
		synchronized (this.buckets) {
			Bucket bucket = this.buckets.computeIfAbsent(address, (key) -> new Bucket(this.burst, now));
			bucket.refill(now, this.burst, this.refillNanos);
			if (bucket.tokens >= 1) {
				bucket.tokens--;
				return 0;
			}
			return Math.max(1, (long) ((1 - bucket.tokens) * this.refillNanos));
		}
	}

	private static final class Bucket {

		double tokens;

		long refilledAt;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.refilledAt = now;
		}

		void refill(long now, int burst, long refillNanos) {
			this.tokens = Math.min(burst, this.tokens + (double) (now - this.refilledAt) / refillNanos);
			this.refilledAt = now;
		}

	}

}
