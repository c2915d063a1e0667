package news.liveblog.entry;

import java.util.List;
import java.util.Objects;

import news.liveblog.photo.StoredPhoto;
import news.liveblog.system.NoNul;

import org.springframework.validation.Errors;

/**
 * A photo of an entry's gallery: the one place that says what a gallery photo has. The photo uploaded
 * ({@code key}, with its size and type as the photo module stored it) and the texts the editor wrote for this
 * entry (alternative text, required; caption and credit, optional). {@link EntryText} keeps a list of them in
 * the {@code photos} jsonb column of the entry, its revisions and versions (see {@link EntryPhotosColumn});
 * the composer's form binds them as {@code photos[0].key}, {@code photos[0].alt}...
 * <p>
 * Renditions and addresses are never this value's nor the form's: they come from {@link #stored()}, the
 * photo module's {@link StoredPhoto}. The size and type a form sends are replaced by the stored photo's at
 * save ({@link #sizedAs}).
 * <p>
 * A value: nothing outside changes it. A class, not a record, for the same reason as {@link EntryImage}:
 * the form's binder fills in its fields directly.
 */
public final class EntryPhoto {

	public static final int TEXT_MAX = EntryImage.TEXT_MAX;

	public static final int CREDIT_MAX = EntryImage.CREDIT_MAX;

	/** The stored photo's name: the SHA-256 of the bytes uploaded, in hex. */
	@NoNul
	private String key;

	/** The largest rendition's width, as the photo module stored it. */
	private Integer width;

	private Integer height;

	/** The renditions' media type, {@code image/jpeg} or {@code image/png}. */
	@NoNul
	private String type;

	/** What the photo shows, for readers who cannot see it; required. */
	@NoNul
	private String alt;

	@NoNul
	private String caption;

	/** Who took it, optional. */
	@NoNul
	private String credit;

	/** Nothing filled in yet: what a form's row starts from. */
	public EntryPhoto() {
	}

	public EntryPhoto(String key, Integer width, Integer height, String type, String alt, String caption,
			String credit) {
		this.key = FieldRules.stripToNull(key);
		this.width = width;
		this.height = height;
		this.type = FieldRules.stripToNull(type);
		this.alt = FieldRules.stripToNull(alt);
		this.caption = FieldRules.stripToNull(caption);
		this.credit = FieldRules.stripToNull(credit);
	}

	/** The stored photo with this entry's texts: its size and type are the photo module's, whatever a form said. */
	public static EntryPhoto of(StoredPhoto stored, String alt, String caption, String credit) {
		return new EntryPhoto(stored.key(), stored.width(), stored.height(), stored.type(), alt, caption, credit);
	}

	/** This photo's texts on the stored photo: its size and type as the photo module has them. */
	public EntryPhoto sizedAs(StoredPhoto stored) {
		return of(stored, this.alt, this.caption, this.credit);
	}

	public String key() {
		return this.key;
	}

	public Integer width() {
		return this.width;
	}

	public Integer height() {
		return this.height;
	}

	public String type() {
		return this.type;
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

	/** Whether the form's row holds anything: an empty row is no photo. */
	public boolean anyFilledIn() {
		return !FieldRules.isBlank(this.key) || !FieldRules.isBlank(this.alt) || !FieldRules.isBlank(this.caption)
				|| !FieldRules.isBlank(this.credit);
	}

	/**
	 * What its fields' annotations cannot say, as typed in a form (the errors' nested path at this photo):
	 * each text against its limit and the alternative text it needs. Whether the photo is still stored is the
	 * composer's to ask the photo module.
	 */
	public void check(Errors errors) {
		FieldRules.checkLength(errors, "alt", this.alt, TEXT_MAX, "entry.imageAlt.tooLong");
		FieldRules.checkLength(errors, "caption", this.caption, TEXT_MAX, "entry.imageCaption.tooLong");
		FieldRules.checkLength(errors, "credit", this.credit, CREDIT_MAX, "entry.imageCredit.tooLong");
		if (FieldRules.isBlank(this.alt)) {
			FieldRules.reject(errors, "alt", "entry.photoAlt.required");
		}
	}

	/** The photo as the photo module serves it: its renditions, their paths and {@code srcset}. */
	public StoredPhoto stored() {
		return new StoredPhoto(this.key, this.width, this.height, this.type);
	}

	/**
	 * The rendition a browser takes without {@code srcset}: the middle one, sharp enough on a phone, not the
	 * weight of the largest.
	 */
	public String src() {
		return stored().path(srcWidth());
	}

	/** The width of {@link #src()}'s rendition. */
	public int srcWidth() {
		List<Integer> widths = stored().renditionWidths();
		return widths.get((widths.size() - 1) / 2);
	}

	public String srcset() {
		return stored().srcset();
	}

	/** The smallest rendition: the back office's thumbnail. */
	public String thumbnail() {
		return stored().path(thumbnailWidth());
	}

	public int thumbnailWidth() {
		return stored().renditionWidths().getFirst();
	}

	public int thumbnailHeight() {
		return stored().heightAt(thumbnailWidth());
	}

	/**
	 * The rendition share previews take ({@code og:image}): the first of about 1200 pixels or more, which
	 * the networks ask for, else the largest there is.
	 */
	public int shareWidth() {
		List<Integer> widths = stored().renditionWidths();
		return widths.stream().filter((width) -> width >= 1200).findFirst().orElse(widths.getLast());
	}

	/** Everything readers' browsers are given of it is what the photo module stored. */
	boolean isSafe() {
		return this.key != null && this.key.matches("[0-9a-f]{64}") && this.width != null && this.width > 0
				&& this.height != null && this.height > 0 && this.type != null && this.alt != null;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof EntryPhoto that && Objects.equals(this.key, that.key)
				&& Objects.equals(this.width, that.width) && Objects.equals(this.height, that.height)
				&& Objects.equals(this.type, that.type) && Objects.equals(this.alt, that.alt)
				&& Objects.equals(this.caption, that.caption) && Objects.equals(this.credit, that.credit));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.width, this.height, this.type, this.alt, this.caption, this.credit);
	}

	@Override
	public String toString() {
		return "EntryPhoto[key=" + this.key + ", width=" + this.width + ", height=" + this.height + ", type="
				+ this.type + ", alt=" + this.alt + ", caption=" + this.caption + ", credit=" + this.credit + "]";
	}

}
