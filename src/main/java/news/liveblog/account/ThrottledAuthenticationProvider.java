package news.liveblog.account;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password against the editors' accounts, unless the username is locked by
 * {@link LoginThrottle}; counts each wrong password (or unknown username) towards the lock. Attempts on one
 * username are taken one at a time.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	private final TransactionTemplate transaction;

	ThrottledAuthenticationProvider(EditorRepository editors, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			TransactionTemplate transaction) {
		this.passwordCheck = new DaoAuthenticationProvider((username) -> editors
			.findByUsername(Accounts.normalizeUsername(username))
			.map(SignedInEditor::new)
			.orElseThrow(() -> new UsernameNotFoundException(username)));
		this.passwordCheck.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.transaction = transaction;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Accounts.normalizeUsername(authentication.getName());
		if (!AccountRules.isValidUsername(username)) {
			// No account can have it: refused like any unknown username, without a query. So a NUL (which
			// PostgreSQL text cannot hold) or a megabyte of text never reaches the database, and junk never
			// fills the throttle's table.
			throw new BadCredentialsException("Not a username");
		}
		// One transaction per attempt, holding the username's lock: check, password, count, in that order.
		Attempt attempt = this.transaction.execute((status) -> {
			this.throttle.serialize(username);
			Optional<Duration> locked = this.throttle.lockRemaining(username);
			if (locked.isPresent()) {
				return new Attempt(null, new LoginThrottledException(locked.get()));
			}
			try {
				Authentication signedIn = this.passwordCheck.authenticate(authentication);
				this.throttle.recordSuccess(username);
				return new Attempt(signedIn, null);
			}
			catch (BadCredentialsException ex) {
				// Counted and committed: a wrong password is an answer, not a failure to roll back.
				this.throttle.recordFailure(username);
				return new Attempt(null, ex);
			}
		});
		if (attempt.refusal() != null) {
			throw attempt.refusal();
		}
		return attempt.signedIn();
	}

	private record Attempt(Authentication signedIn, AuthenticationException refusal) {
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
