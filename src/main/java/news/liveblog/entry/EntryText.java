package news.liveblog.entry;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * What an editor writes: an optional headline, a Markdown body, whether it is a key event, and optionally an
 * image, a link card, a gallery of uploaded photos, a post or video from another site and the reader's question
 * it answers. The entry, each of its revisions and versions embed it: the columns {@code headline},
 * {@code body_source}, {@code key_event}, {@code image_*}, {@code link_*}, {@code photos} (jsonb, see
 * {@link EntryPhotosColumn}), {@code post_*} and {@code question_*}.
 *
 * @throws IllegalArgumentException when the image, the link card or the post would make readers' browsers load or
 * follow an address they must not (the back office says why beside the field before it comes to this)
 */
@Embeddable
public record EntryText(String headline, @Column(name = "body_source") String body, boolean keyEvent,
		@Embedded @EmbeddedColumnNaming("image_%s") EntryImage image,
		@Embedded @EmbeddedColumnNaming("link_%s") LinkCard link,
		@Convert(converter = EntryPhotosColumn.class) @ColumnTransformer(write = "?::jsonb")
		@Column(name = "photos", columnDefinition = "jsonb") List<EntryPhoto> photos,
		@Embedded @EmbeddedColumnNaming("post_%s") SocialPost post,
		@Embedded @EmbeddedColumnNaming("question_%s") QuotedQuestion question) {

	public EntryText {
		headline = (headline == null || headline.isBlank()) ? null : headline.strip();
		body = (body != null) ? body.strip() : "";
		if (image != null && !image.isSafe()) {
			throw new IllegalArgumentException("Not an image readers may be shown: " + image);
		}
		if (link != null && !link.isSafe()) {
			throw new IllegalArgumentException("Not a link readers may be shown: " + link);
		}
		if (post != null && !post.isSafe()) {
			throw new IllegalArgumentException("Not a post readers may be shown: " + post);
		}
		if (question != null && !question.isSafe()) {
			throw new IllegalArgumentException("Not a question readers may be shown: " + question);
		}
		photos = (photos != null) ? List.copyOf(photos) : List.of();
		if (photos.stream().anyMatch((photo) -> !photo.isSafe())) {
			throw new IllegalArgumentException("Not a gallery readers may be shown: " + photos);
		}
	}

	/** With its media, answering no reader's question. */
	public EntryText(String headline, String body, boolean keyEvent, EntryImage image, LinkCard link,
			List<EntryPhoto> photos, SocialPost post) {
		this(headline, body, keyEvent, image, link, photos, post, null);
	}

	/** With an image and a link card, without a gallery or a post. */
	public EntryText(String headline, String body, boolean keyEvent, EntryImage image, LinkCard link) {
		this(headline, body, keyEvent, image, link, List.of(), null);
	}

	/** The same text with another gallery. */
	public EntryText withPhotos(List<EntryPhoto> photos) {
		return new EntryText(this.headline, this.body, this.keyEvent, this.image, this.link, photos, this.post,
				this.question);
	}

	/** The same text with another post from another site. */
	public EntryText withPost(SocialPost post) {
		return new EntryText(this.headline, this.body, this.keyEvent, this.image, this.link, this.photos, post,
				this.question);
	}

	/** The same text quoting another reader's question, or none. */
	public EntryText withQuestion(QuotedQuestion question) {
		return new EntryText(this.headline, this.body, this.keyEvent, this.image, this.link, this.photos, this.post,
				question);
	}

	/** Text only, without media. */
	public EntryText(String headline, String body, boolean keyEvent) {
		this(headline, body, keyEvent, null, null);
	}

	public static EntryText of(String body) {
		return new EntryText(null, body, false);
	}

}
