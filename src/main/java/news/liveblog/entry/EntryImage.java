package news.liveblog.entry;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * An image shown with an entry, loaded by readers' browsers from where the editor says it is: the one place
 * that says what an image has. {@link EntryText} embeds it in the entry, its revisions and versions (each
 * column {@code image_} and the attribute's name), and the composer's form binds it as {@code image.url},
 * {@code image.alt}...
 * <p>
 * A value: nothing outside changes it. It is a class, not a record, because the form's binder and JPA fill
 * in its fields directly (see the composer's {@code @InitBinder}); a record's fields cannot be.
 */
@Embeddable
public final class EntryImage {

	/**
	 * The size printed when the editor gave none: a 16:9 frame the image is fitted into (see
	 * {@code .entry-image-framed} in the stylesheet), so the page never jumps when it loads.
	 */
	static final int FRAME_WIDTH = 1200;

	static final int FRAME_HEIGHT = 675;

	public static final int TEXT_MAX = 300;

	public static final int CREDIT_MAX = 100;

	/** Pixels; larger than any photo a page shows, small enough to catch a typo. */
	public static final int SIDE_MAX = 10_000;

	/** An {@code https} address (see {@link WebAddresses#isHttps}). */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String url;

	/** What the image shows, for readers who cannot see it; required. */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String alt;

	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String caption;

	/** Who the image is by, optional. */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String credit;

	/** The image's width in pixels, when the editor gave its size; {@code null} otherwise. */
	@Min(value = 1, message = "{entry.imageSize.range}")
	@Max(value = SIDE_MAX, message = "{entry.imageSize.range}")
	private Integer width;

	/** Its height, given together with the width. */
	@Min(value = 1, message = "{entry.imageSize.range}")
	@Max(value = SIDE_MAX, message = "{entry.imageSize.range}")
	private Integer height;

	/** Nothing filled in yet: what a form starts from (and JPA, before it sets the columns). */
	public EntryImage() {
	}

	public EntryImage(String url, String alt, String caption, String credit, Integer width, Integer height) {
		this.url = FieldRules.stripToNull(url);
		this.alt = FieldRules.stripToNull(alt);
		this.caption = FieldRules.stripToNull(caption);
		this.credit = FieldRules.stripToNull(credit);
		this.width = width;
		this.height = height;
	}

	public String url() {
		return this.url;
	}

	public String alt() {
		return this.alt;
	}

	public String caption() {
		return this.caption;
	}

	public String credit() {
		return this.credit;
	}

	public Integer width() {
		return this.width;
	}

	public Integer height() {
		return this.height;
	}

	/** The image as readers get it, its texts stripped; {@code null} when it has no address. */
	public EntryImage orNull() {
		return FieldRules.isBlank(this.url) ? null
				: new EntryImage(this.url, this.alt, this.caption, this.credit, this.width, this.height);
	}

	/** Whether any of it is filled in: the composer then shows its fields open. */
	public boolean anyFilledIn() {
		return !FieldRules.isBlank(this.url) || !FieldRules.isBlank(this.alt) || !FieldRules.isBlank(this.caption)
				|| !FieldRules.isBlank(this.credit) || this.width != null || this.height != null;
	}

	/**
	 * What its fields' own annotations cannot say, as typed in a form (the errors' nested path at the image):
	 * each text against its limit, a safe address, the alternative text it needs, both sides of a size.
	 */
	public void check(Errors errors) {
		FieldRules.checkLength(errors, "url", this.url, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		FieldRules.checkLength(errors, "alt", this.alt, TEXT_MAX, "entry.imageAlt.tooLong");
		FieldRules.checkLength(errors, "caption", this.caption, TEXT_MAX, "entry.imageCaption.tooLong");
		FieldRules.checkLength(errors, "credit", this.credit, CREDIT_MAX, "entry.imageCredit.tooLong");
		if (FieldRules.isBlank(this.url)) {
			if (anyFilledIn()) {
				FieldRules.reject(errors, "url", "entry.imageUrl.required");
			}
			return;
		}
		if (!WebAddresses.isHttps(this.url.strip())) {
			FieldRules.reject(errors, "url", "entry.imageUrl.unsafe");
		}
		if (FieldRules.isBlank(this.alt)) {
			FieldRules.reject(errors, "alt", "entry.imageAlt.required");
		}
		if (this.width == null && this.height != null) {
			FieldRules.reject(errors, "width", "entry.imageSize.both");
		}
		if (this.height == null && this.width != null) {
			FieldRules.reject(errors, "height", "entry.imageSize.both");
		}
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
		return WebAddresses.isHttps(this.url) && this.alt != null && (this.width == null) == (this.height == null)
				&& (!sized() || (this.width > 0 && this.height > 0));
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof EntryImage that && Objects.equals(this.url, that.url)
				&& Objects.equals(this.alt, that.alt) && Objects.equals(this.caption, that.caption)
				&& Objects.equals(this.credit, that.credit) && Objects.equals(this.width, that.width)
				&& Objects.equals(this.height, that.height));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.url, this.alt, this.caption, this.credit, this.width, this.height);
	}

	@Override
	public String toString() {
		return "EntryImage[url=" + this.url + ", alt=" + this.alt + ", caption=" + this.caption + ", credit="
				+ this.credit + ", width=" + this.width + ", height=" + this.height + "]";
	}

}
