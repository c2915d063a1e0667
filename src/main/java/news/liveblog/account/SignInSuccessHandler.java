package news.liveblog.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After signing in, back to the page the editor asked for ({@link ReturnAddress}), or the dashboard. The
 * redirect is relative: the server never names a host of its own, let alone the one a request's Host
 * header claims.
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final ReturnAddress returnAddress;

	SignInSuccessHandler(ReturnAddress returnAddress) {
		this.returnAddress = returnAddress;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedOutBecause.forget(request);
		String path = ReturnAddress.savedPath(request);
		this.returnAddress.removeRequest(request, response);
		redirect(response, request.getContextPath() + ((path != null) ? path : BackOfficeSecurity.ADMIN_PATH));
	}

	/**
	 * A redirect with exactly this relative Location. Not {@code sendRedirect}, which a servlet container may
	 * make absolute from the request's Host header.
	 */
	static void redirect(HttpServletResponse response, String location) {
		response.setStatus(HttpServletResponse.SC_FOUND);
		response.setHeader(HttpHeaders.LOCATION, location);
	}

}
