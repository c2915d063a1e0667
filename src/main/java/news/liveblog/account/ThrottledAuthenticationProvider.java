package news.liveblog.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password against the editors' accounts, unless the username is locked by
 * {@link LoginThrottle}; counts each wrong password (or unknown username) towards the lock.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(EditorRepository editors, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		this.passwordCheck = new DaoAuthenticationProvider((username) -> editors
			.findByUsername(Accounts.normalizeUsername(username))
			.map(SignedInEditor::new)
			.orElseThrow(() -> new UsernameNotFoundException(username)));
		this.passwordCheck.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Accounts.normalizeUsername(authentication.getName());
		this.throttle.lockRemaining(username).ifPresent((remaining) -> {
			throw new LoginThrottledException(remaining);
		});
		try {
			Authentication signedIn = this.passwordCheck.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
