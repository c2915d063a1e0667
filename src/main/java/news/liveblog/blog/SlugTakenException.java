package news.liveblog.blog;

/** Another blog already lives at that address. */
public class SlugTakenException extends RuntimeException {

	public SlugTakenException(String slug) {
		super("The slug " + slug + " is taken");
	}

}
