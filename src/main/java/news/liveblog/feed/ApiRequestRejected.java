package news.liveblog.feed;

/**
 * A JSON API request with a parameter that cannot be answered; the message says what a good one looks like.
 *
 * @see ApiProblems
 */
class ApiRequestRejected extends RuntimeException {

	private final String parameter;

	ApiRequestRejected(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String getParameter() {
		return this.parameter;
	}

}
