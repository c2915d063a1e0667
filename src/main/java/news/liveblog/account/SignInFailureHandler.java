package news.liveblog.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the sign-in page with the reason in words the editor can act on, and the username they typed.
 * Neither is kept in a session: a failed sign-in is most often a stranger's, and must store nothing. The
 * reason travels in the address ({@code ?error=badCredentials}), the username in a cookie for the sign-in
 * page alone that lasts a minute (never in the address, where logs keep it: people type passwords there).
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME_COOKIE = "SIGN-IN-USERNAME";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String username = Accounts.normalizeUsername(request.getParameter("username"));
		if (AccountRules.isValidUsername(username)) {
			// A valid username is letters, digits and . _ - only: nothing to escape in a cookie.
			response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(USERNAME_COOKIE, username)
				.path(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE)
				.maxAge(60)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Strict")
				.build()
				.toString());
		}
		switch (failure) {
			case LoginThrottledException throttled -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.secondsRemaining()));
				backToSignIn(request, response, "wait", throttled.secondsRemaining());
			}
			case SignInBusyException busy -> backToSignIn(request, response, "busy", null);
			case DisabledException disabled -> backToSignIn(request, response, "disabled", null);
			default -> backToSignIn(request, response, "badCredentials", null);
		}
	}

	static void backToSignIn(HttpServletRequest request, HttpServletResponse response, String error, Long seconds) {
		SignInSuccessHandler.redirect(response, request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE + "?error="
				+ error + ((seconds != null) ? "&seconds=" + seconds : ""));
	}

}
