package news.liveblog.account;

/**
 * An account was created, disabled, enabled or had its password reset; published inside the change's
 * transaction.
 */
public record AccountChanged(long editorId, String username, Change change, Actor actor) {

	public enum Change {

		CREATED, DISABLED, ENABLED, PASSWORD_RESET

	}

}
