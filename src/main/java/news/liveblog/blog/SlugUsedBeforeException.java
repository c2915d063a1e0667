package news.liveblog.blog;

/**
 * Another blog lived at that address before: its old links redirect there, so the address stays its own.
 */
public class SlugUsedBeforeException extends SlugTakenException {

	public SlugUsedBeforeException(String slug) {
		super(slug);
	}

}
