package news.liveblog.feed;

import java.util.List;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.LinkCard;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.entry.SocialPost;

/**
 * An entry as the JSON API gives it: what its article on the page shows, with absolute URLs.
 *
 * @param time the publication time, ISO-8601 with the blog's offset, as the page's {@code <time datetime>}
 * @param bodyHtml sanitised when the entry was written, exactly what the page prints
 * @param author the name of who wrote it first, as clients have always read it
 * @param authors everyone its byline names, in order, the writer first
 * @param updatedTime when the text was last corrected (ISO-8601, the blog's offset), or {@code null} if never
 * @param url the entry's own page
 * @param image the image shown with it, or {@code null}
 * @param link the link card shown with it, or {@code null}
 * @param photos its gallery, in the editor's order; empty when it has none
 * @param post the post or video from another site shown with it, or {@code null}
 * @param question the reader's question it answers, or {@code null}
 */
record EntryJson(long id, String time, String headline, String bodyHtml, String author, List<String> authors,
		boolean keyEvent, boolean pinned, String updatedTime, String url, Image image, Link link, List<Photo> photos,
		Post post, Question question) {

	static EntryJson of(LiveBlog blog, Entry entry, PublicAddresses addresses) {
		EntryImage image = entry.getImage();
		LinkCard link = entry.getLinkCard();
		SocialPost post = entry.getSocialPost();
		QuotedQuestion question = entry.getQuestion();
		return new EntryJson(entry.getId(), blog.printIso(entry.getPublishedAt()), entry.getHeadline(),
				entry.getBodyHtml(), entry.getAuthorName(), entry.getAuthorNames(), entry.isKeyEvent(), entry.isPinned(),
				(entry.getEditedAt() != null) ? blog.printIso(entry.getEditedAt()) : null,
				addresses.entry(blog.getSlug(), entry.getId()),
				(image != null) ? new Image(image.url(), image.alt(), image.caption(), image.credit(), image.width(),
						image.height()) : null,
				(link != null) ? new Link(link.url(), link.title(), link.site(), link.imageUrl()) : null,
				entry.getPhotos().stream().map((photo) -> Photo.of(photo, addresses)).toList(),
				(post != null) ? new Post(post.network().key(), post.url(), post.author(), post.text(),
						post.isoPostedAt(blog.getTimeZone())) : null,
				(question != null) ? new Question(question.text(), question.askedBy()) : null);
	}

	/**
	 * A reader's question the entry answers, as the reader wrote it (plain text, never markup).
	 *
	 * @param askedBy the pseudonym they gave, or {@code null}
	 */
	record Question(String text, String askedBy) {
	}

	/**
	 * The API's own shape of an image, so that renaming something inside never changes what clients read.
	 *
	 * @param width in pixels, or {@code null} when the editor did not give the size (nor then the height)
	 */
	record Image(String url, String alt, String caption, String credit, Integer width, Integer height) {
	}

	/**
	 * A photo of the gallery: its largest rendition ({@code url}, {@code width}, {@code height}) and every
	 * rendition, for clients that choose their own size.
	 *
	 * @param type the renditions' media type
	 * @param caption {@code null} when it has none, as {@code credit}
	 */
	record Photo(String url, int width, int height, String type, String alt, String caption, String credit,
			List<Rendition> renditions) {

		static Photo of(EntryPhoto photo, PublicAddresses addresses) {
			var stored = photo.stored();
			return new Photo(addresses.absolute(stored.largestPath()), stored.width(), stored.height(), stored.type(),
					photo.alt(), photo.caption(), photo.credit(),
					stored.renditionWidths()
						.stream()
						.map((width) -> new Rendition(addresses.absolute(stored.path(width)), width, stored.heightAt(width)))
						.toList());
		}

	}

	record Rendition(String url, int width, int height) {
	}

	/** @param siteName the site the card names: the editor's name for it, or the address's domain */
	record Link(String url, String title, String siteName, String imageUrl) {
	}

	/**
	 * @param network {@code x}, {@code youtube}, {@code instagram}, {@code telegram}, {@code bluesky},
	 * {@code tiktok} or {@code vimeo}
	 * @param url the original, as the editor gave it
	 * @param postedAt ISO-8601: a day, or a day and time with the blog's offset; {@code null} when not given
	 */
	record Post(String network, String url, String author, String text, String postedAt) {
	}

}
