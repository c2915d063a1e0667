package news.liveblog.blog;

/** Someone saved the blog's settings after the admin opened them. */
public class LiveBlogConflictException extends RuntimeException {

	public LiveBlogConflictException(String slug) {
		super("The settings of " + slug + " were changed by someone else");
	}

}
