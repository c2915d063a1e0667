package news.liveblog.blog;

import news.liveblog.account.Actor;

/** A blog was opened or its settings changed; published inside the change's transaction. */
public record LiveBlogChanged(long liveBlogId, Change change, Actor actor) {

	public enum Change {

		OPENED, UPDATED

	}

}
