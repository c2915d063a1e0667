package news.liveblog;

/** The site as every application the tests start is configured. */
public final class TestSite {

	/**
	 * The public address ({@code liveblog.public-url} in {@code src/test/resources/config/application.properties}):
	 * a host no test request names, so absolute addresses that start with it came from the configuration.
	 */
	public static final String PUBLIC_URL = "https://liveblog.test";

	private TestSite() {
	}

}
