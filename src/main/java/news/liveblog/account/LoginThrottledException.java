package news.liveblog.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password: this address failed too often on this username (or
 * tried too often at all) and must wait a while.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration remaining;

	LoginThrottledException(Duration remaining) {
		super("Too many failed sign-ins for this username from this address");
		this.remaining = remaining;
	}

	/** Whole seconds left, rounded up: "try again in 1 second" rather than "in 0". */
	long secondsRemaining() {
		return secondsRemaining(this.remaining);
	}

	static long secondsRemaining(Duration remaining) {
		return Math.max(1, (remaining.toMillis() + 999) / 1000);
	}

}
