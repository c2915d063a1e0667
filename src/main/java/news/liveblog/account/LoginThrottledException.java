package news.liveblog.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because the username is locked for a while. */
class LoginThrottledException extends AuthenticationException {

	private final Duration remaining;

	LoginThrottledException(Duration remaining) {
		super("Too many failed sign-ins for this username");
		this.remaining = remaining;
	}

	/** Whole minutes left, rounded up: "try again in 1 minute" rather than "in 0". */
	long minutesRemaining() {
		return Math.max(1, (this.remaining.toSeconds() + 59) / 60);
	}

}
