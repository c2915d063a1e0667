package news.liveblog.account;

/** An admin saved an account from a page drawn before another admin changed it. */
public class AccountChangedMeanwhileException extends RuntimeException {

	private final String username;

	AccountChangedMeanwhileException(String username) {
		super("Account " + username + " was changed after the form was drawn");
		this.username = username;
	}

	public String getUsername() {
		return this.username;
	}

}
