package news.liveblog.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page with the reason in words the editor can act on, and the username they typed.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE);
		flash.put("username", request.getParameter("username"));
		switch (failure) {
			case LoginThrottledException throttled -> {
				flash.put("signInError", "throttled");
				flash.put("minutes", throttled.minutesRemaining());
			}
			case DisabledException disabled -> flash.put("signInError", "disabled");
			default -> flash.put("signInError", "badCredentials");
		}
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + BackOfficeSecurity.LOGIN_PAGE + "?error");
	}

}
