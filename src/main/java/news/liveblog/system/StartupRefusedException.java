package news.liveblog.system;

/**
 * The application refuses to start because of its configuration; says what is wrong and what to set,
 * without a stack trace to dig through.
 */
public class StartupRefusedException extends RuntimeException {

	private final String action;

	public StartupRefusedException(String description, String action) {
		super(description);
		this.action = action;
	}

	String getAction() {
		return this.action;
	}

}
