package news.liveblog.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks sign-in passwords a few at a time. A bcrypt check is meant to be slow (tens of milliseconds of
 * CPU); a flood of sign-ins, even with unknown usernames (checked against a dummy hash, so that an unknown
 * name takes as long as a known one), could otherwise take every core from the readers. An attempt waits
 * a little for a free check, then is refused with "try again in a moment".
 */
final class BoundedPasswordChecks implements PasswordEncoder {

	private final PasswordEncoder encoder;

	private final Semaphore checks;

	private final long waitMillis;

	BoundedPasswordChecks(PasswordEncoder encoder, int atOnce, Duration wait) {
		this.encoder = encoder;
		this.checks = new Semaphore(Math.max(1, atOnce));
		this.waitMillis = wait.toMillis();
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		try {
			if (!this.checks.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS)) {
				throw new SignInBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SignInBusyException();
		}
		try {
			return this.encoder.matches(rawPassword, encodedPassword);
		}
		finally {
			this.checks.release();
		}
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(rawPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

}
