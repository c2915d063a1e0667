package news.liveblog.account;

/**
 * An account was created, disabled, enabled, renamed, given another role or had its password reset; or its
 * sign-ins began to be slowed down (from one address, or from every address once guesses came from many), or
 * an admin lifted that. Published inside the change's transaction.
 */
public record AccountChanged(long editorId, String username, Change change, Actor actor) {

	public enum Change {

		CREATED, DISABLED, ENABLED, PASSWORD_RESET, SIGN_IN_SLOWED, SIGN_IN_SLOWED_EVERYWHERE, SIGN_IN_DELAYS_LIFTED,

		/** Its display name changed: the name entries it signs from now on carry. */
		RENAMED,

		/** Given the role the name says. */
		MADE_CONTRIBUTOR, MADE_EDITOR, MADE_ADMIN;

		static Change madeInto(EditorRole role) {
			return switch (role) {
				case CONTRIBUTOR -> MADE_CONTRIBUTOR;
				case EDITOR -> MADE_EDITOR;
				case ADMIN -> MADE_ADMIN;
			};
		}

	}

}
