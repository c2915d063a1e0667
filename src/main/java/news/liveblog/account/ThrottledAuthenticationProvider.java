package news.liveblog.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import news.liveblog.system.ClientAddress;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password against the editors' accounts, unless {@link LoginThrottle} says this
 * client address must wait before trying this username again. The throttle counts the attempt before the
 * password is checked and takes it back when the password is right; in between nothing holds a database
 * connection, so hashing a password (slow on purpose) never keeps one from the readers.
 * <p>
 * Whether an account is disabled is said only after its password was found right: before that, the answer
 * would tell a stranger which usernames are accounts.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	private final Accounts accounts;

	private final Semaphore signInsAtOnce;

	private final long waitMillis;

	/**
	 * @param signInsAtOnce how many attempts may be under way at once on this instance: each may hold a
	 * database connection for a moment, so this many connections at most ever go to signing in, and the
	 * rest of the pool stays the readers'
	 * @param wait how long an attempt waits for its turn before "try again in a moment"
	 */
	ThrottledAuthenticationProvider(EditorRepository editors, PasswordEncoder passwordChecks, LoginThrottle throttle,
			Accounts accounts, int signInsAtOnce, Duration wait) {
		this.signInsAtOnce = new Semaphore(Math.max(1, signInsAtOnce));
		this.waitMillis = wait.toMillis();
		this.passwordCheck = new DaoAuthenticationProvider((username) -> editors
			.findByUsername(Accounts.normalizeUsername(username))
			.map(SignedInEditor::new)
			.orElseThrow(() -> new UsernameNotFoundException(username)));
		this.passwordCheck.setPasswordEncoder(passwordChecks);
		this.passwordCheck.setPreAuthenticationChecks((account) -> {
			// nothing before the password: see below
		});
		this.passwordCheck.setPostAuthenticationChecks((account) -> {
			if (!account.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		this.throttle = throttle;
		this.accounts = accounts;
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
		try {
			if (!this.signInsAtOnce.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS)) {
				throw new SignInBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SignInBusyException();
		}
		try {
			return authenticate(authentication, username, clientAddress(authentication));
		}
		finally {
			this.signInsAtOnce.release();
		}
	}

	private Authentication authenticate(Authentication authentication, String username, String clientAddress) {
		LoginThrottle.Admission admission = this.throttle.admit(clientAddress, username);
		if (!admission.admitted()) {
			throw new LoginThrottledException(admission.waitFor());
		}
		try {
			Authentication signedIn = this.passwordCheck.authenticate(authentication);
			this.throttle.succeeded(clientAddress, username);
			return signedIn;
		}
		catch (DisabledException ex) {
			// The right password, for an account that may not sign in: not a guess.
			this.throttle.succeeded(clientAddress, username);
			throw ex;
		}
		catch (BadCredentialsException ex) {
			// Already counted: the audit trail hears when this starts slowing sign-ins into an account.
			this.accounts.signInsSlowed(username, admission.slowingStartedWhenWrong(), clientAddress);
			throw ex;
		}
		catch (AuthenticationException ex) {
			// Busy, or the accounts out of reach: the password was never checked, so nothing was guessed.
			this.throttle.takeBack(clientAddress, username);
			throw ex;
		}
	}

	private static String clientAddress(Authentication authentication) {
		return ClientAddress.of((authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
