package news.liveblog.account;

/** Another account already has that username. */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("The username " + username + " is taken");
	}

}
