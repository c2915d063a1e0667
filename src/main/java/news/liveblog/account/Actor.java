package news.liveblog.account;

/**
 * Who did something: an editor, or the application itself (the scheduled publishing job).
 *
 * @param editorId the editor's id, or {@code null} for the application
 * @param name the name shown for it: the editor's display name, or what the application was doing
 */
public record Actor(Long editorId, String name) {

	public static Actor application(String what) {
		return new Actor(null, what);
	}

}
