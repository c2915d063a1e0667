package news.liveblog.account;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Requests made as a signed-in editor: the same principal a real sign-in puts in the session, built from
 * the account as it is stored now.
 */
public final class SignedIn {

	public static final String LOGIN_PAGE = BackOfficeSecurity.LOGIN_PAGE;

	private SignedIn() {
	}

	/** A request as the account with that username, as if it had just signed in. */
	public static RequestPostProcessor as(Accounts accounts, String username) {
		Editor editor = accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No account " + username));
		SignedInEditor principal = new SignedInEditor(editor);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	/** A new account of its own for a test that changes accounts: never one of the demo accounts. */
	public static Editor newAccount(Accounts accounts, EditorRole role, String password) {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 18);
		return accounts.create(new NewAccount(username, "Tester " + username, password, role),
				Actor.application("test"));
	}

	/**
	 * The sign-in form as a browser sends it (with its CSRF token), in the given session, so that the test
	 * can follow the redirect or go on as the signed-in editor with that session. From an address of its
	 * own: sign-ins are limited per client address, and a whole test suite signing in from one address is
	 * not what those limits are tested with.
	 */
	public static RequestBuilder signInForm(String username, String password, MockHttpSession session) {
		return signInForm(username, password, session, someClientAddress());
	}

	/** The sign-in form sent from that client address. */
	public static RequestBuilder signInForm(String username, String password, MockHttpSession session,
			String clientAddress) {
		var login = formLogin(LOGIN_PAGE).user(username).password(password);
		return (servletContext) -> {
			MockHttpServletRequest request = login.buildRequest(servletContext);
			request.setSession(session);
			request.setRemoteAddr(clientAddress);
			return request;
		};
	}

	/** An address in 198.18.0.0/15, the block set aside for tests of network devices (RFC 2544). */
	public static String someClientAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
