package news.liveblog.entry;

/**
 * What an editor writes: an optional headline, a Markdown body, and whether it is a key event.
 */
public record EntryText(String headline, String body, boolean keyEvent) {

	public EntryText {
		headline = (headline == null || headline.isBlank()) ? null : headline.strip();
		body = (body != null) ? body.strip() : "";
	}

	public static EntryText of(String body) {
		return new EntryText(null, body, false);
	}

}
