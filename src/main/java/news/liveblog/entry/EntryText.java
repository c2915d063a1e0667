package news.liveblog.entry;

/**
 * What an editor writes: an optional headline, a Markdown body, whether it is a key event, and optionally an
 * image and a link card.
 *
 * @throws IllegalArgumentException when the image or the link card would make readers' browsers load or
 * follow an address they must not (the back office says why beside the field before it comes to this)
 */
public record EntryText(String headline, String body, boolean keyEvent, EntryImage image, LinkCard link) {

	public EntryText {
		headline = (headline == null || headline.isBlank()) ? null : headline.strip();
		body = (body != null) ? body.strip() : "";
		if (image != null && !image.isSafe()) {
			throw new IllegalArgumentException("Not an image readers may be shown: " + image);
		}
		if (link != null && !link.isSafe()) {
			throw new IllegalArgumentException("Not a link readers may be shown: " + link);
		}
	}

	/** Text only, without media. */
	public EntryText(String headline, String body, boolean keyEvent) {
		this(headline, body, keyEvent, null, null);
	}

	public static EntryText of(String body) {
		return new EntryText(null, body, false);
	}

}
