package news.liveblog.account;

/** An account was to be given a password that {@link PasswordPolicy} refuses. */
public class PasswordRefusedException extends RuntimeException {

	private final PasswordPolicy.Problem problem;

	PasswordRefusedException(PasswordPolicy.Problem problem) {
		super("Password refused: " + problem);
		this.problem = problem;
	}

	public PasswordPolicy.Problem getProblem() {
		return this.problem;
	}

}
