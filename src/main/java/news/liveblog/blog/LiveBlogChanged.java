package news.liveblog.blog;

import java.util.List;

import news.liveblog.account.Actor;

/**
 * A blog was opened or its settings changed; published inside the change's transaction.
 *
 * @param changes what the settings were and became, field by field, in the form's order (empty for an opening,
 * and for a save that changed nothing)
 */
public record LiveBlogChanged(long liveBlogId, Change change, Actor actor, List<SettingChange> changes) {

	public LiveBlogChanged {
		changes = List.copyOf(changes);
	}

	public LiveBlogChanged(long liveBlogId, Change change, Actor actor) {
		this(liveBlogId, change, actor, List.of());
	}

	public enum Change {

		OPENED, UPDATED

	}

}
