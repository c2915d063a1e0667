package news.liveblog.entry;

/**
 * An image shown with an entry, loaded by readers' browsers from where the editor says it is.
 *
 * @param url an {@code https} address (see {@link WebAddresses#isHttps})
 * @param alt what the image shows, for readers who cannot see it; required
 * @param caption optional
 * @param credit who the image is by, optional
 * @param width the image's width in pixels, when the editor gave its size; {@code null} otherwise
 * @param height its height, given together with the width
 */
public record EntryImage(String url, String alt, String caption, String credit, Integer width, Integer height) {

	/**
	 * The size printed when the editor gave none: a 16:9 frame the image is fitted into (see
	 * {@code .entry-image-framed} in the stylesheet), so the page never jumps when it loads.
	 */
	static final int FRAME_WIDTH = 1200;

	static final int FRAME_HEIGHT = 675;

	public EntryImage {
		url = stripToNull(url);
		alt = stripToNull(alt);
		caption = stripToNull(caption);
		credit = stripToNull(credit);
	}

	/** Whether the editor gave the image's own size (else it is printed in a 16:9 frame). */
	public boolean sized() {
		return this.width != null && this.height != null;
	}

	/** The {@code width} attribute: the image's own, or the frame's. */
	public int printedWidth() {
		return sized() ? this.width : FRAME_WIDTH;
	}

	/** The {@code height} attribute: the image's own, or the frame's. */
	public int printedHeight() {
		return sized() ? this.height : FRAME_HEIGHT;
	}

	/** Everything readers' browsers could be made to do with it is allowed. */
	boolean isSafe() {
		return WebAddresses.isHttps(this.url) && this.alt != null
				&& (this.width == null) == (this.height == null)
				&& (!sized() || (this.width > 0 && this.height > 0));
	}

	static String stripToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
