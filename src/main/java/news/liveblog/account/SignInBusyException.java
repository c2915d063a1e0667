package news.liveblog.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password because every password check the server allows at once
 * was taken for longer than an attempt waits (a flood of sign-ins): try again in a moment.
 */
class SignInBusyException extends AuthenticationException {

	SignInBusyException() {
		super("Every password check is taken");
	}

}
