package news.liveblog.entry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import news.liveblog.embed.SocialNetwork;
import news.liveblog.system.NoNul;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A post or video from another site shown with an entry: a card the app prints itself (the network, the
 * author, the text the editor quotes, the date, a link to the original) and, only when a reader asks, the
 * network's official embed, built from the validated id alone. Like {@link LinkCard}, the one place that says
 * what a post has: embedded by {@link EntryText} as the {@code post_} columns, bound by the composer as
 * {@code post.url}, {@code post.author}, {@code post.text}, {@code post.postedOn}, {@code post.postedTime}.
 * <p>
 * The network and the id are never typed or bound: they are read from the address each time the post is
 * made from a form ({@link #orNull()}).
 */
@Embeddable
public final class SocialPost {

	public static final int AUTHOR_MAX = 200;

	/** As the form's time field gives it: to the minute. */
	private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	/** A post's text or a video's caption, quoted: room for a long post, not for an article. */
	public static final int TEXT_MAX = 1_000;

	/** Derived from the address; {@code null} until then. */
	@Enumerated(EnumType.STRING)
	private SocialNetwork network;

	/** The post's id on its network, as {@link SocialNetwork#isId} accepts it; derived from the address. */
	private String embedId;

	/**
	 * The card's link to the original: the network's own address for the post, built from its id (nothing
	 * of the pasted share link's tracking parameters); as typed only while it is no post of a network.
	 */
	@NoNul
	private String url;

	/** Who posted it, as the editor writes it ("Volodymyr Zelensky @ZelenskyyUa"); required. */
	@NoNul
	private String author;

	/** The quoted text or caption, optional, printed as text. */
	@NoNul
	private String text;

	/** The day it was posted, as the post says, optional. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate postedOn;

	/** Its time of day in the blog's zone, optional, only with the day. */
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "H:mm:ss" })
	private LocalTime postedTime;

	/** Nothing filled in yet: what a form starts from (and JPA, before it sets the columns). */
	public SocialPost() {
	}

	/**
	 * A post as an editor gives it; its network and id are read from the address (none when it is no
	 * supported network's post: such a post is not {@link #isSafe() safe} and no entry takes it).
	 */
	public SocialPost(String url, String author, String text, LocalDate postedOn, LocalTime postedTime) {
		this.url = FieldRules.stripToNull(url);
		this.author = FieldRules.stripToNull(author);
		this.text = FieldRules.stripToNull(text);
		this.postedOn = postedOn;
		this.postedTime = postedTime;
		if (this.url != null) {
			SocialNetwork.ofSite(this.url).ifPresent((site) -> site.idAt(this.url).ifPresent((id) -> {
				this.network = site;
				this.embedId = id;
				this.url = site.canonicalAt(this.url).orElseThrow();
			}));
		}
	}

	public SocialNetwork network() {
		return this.network;
	}

	public String embedId() {
		return this.embedId;
	}

	public String url() {
		return this.url;
	}

	public String author() {
		return this.author;
	}

	public String text() {
		return this.text;
	}

	public LocalDate postedOn() {
		return this.postedOn;
	}

	public LocalTime postedTime() {
		return this.postedTime;
	}

	/** How its embed is framed: a YouTube Short is vertical, unlike YouTube's other videos. */
	public SocialNetwork.Shape shape() {
		return this.network.shapeAt(this.url);
	}

	/** The official embed's address, built from the id alone. */
	public String embedUrl() {
		return this.network.embedUrl(this.embedId);
	}

	/** The date (and time) as readers of that language read it, or {@code null} without a date. */
	public String printedDate(Locale language) {
		if (this.postedOn == null) {
			return null;
		}
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(this.postedOn);
		return (this.postedTime == null) ? day
				: day + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(this.postedTime);
	}

	/**
	 * When it was posted as the post says it, for {@code <time datetime>}: {@code 2024-10-17}, or
	 * {@code 2024-10-17T14:30} with a time of day (local to the blog, as the page prints it).
	 */
	public String isoLocalPostedAt() {
		if (this.postedOn == null) {
			return null;
		}
		return (this.postedTime == null) ? this.postedOn.toString()
				: this.postedOn.atTime(this.postedTime).format(TO_THE_MINUTE);
	}

	/**
	 * When it was posted, ISO-8601 ({@code 2024-10-17}, or {@code 2024-10-17T14:30+02:00} with a time, in the
	 * blog's zone), for {@code <time datetime>}, the JSON API and structured data; {@code null} without a date.
	 */
	public String isoPostedAt(ZoneId zone) {
		if (this.postedOn == null) {
			return null;
		}
		return (this.postedTime == null) ? this.postedOn.toString()
				: ZonedDateTime.of(this.postedOn, this.postedTime, zone).toOffsetDateTime()
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/** The post as readers get it, its texts stripped, network and id read again; {@code null} without an address. */
	public SocialPost orNull() {
		return FieldRules.isBlank(this.url) ? null
				: new SocialPost(this.url, this.author, this.text, this.postedOn, this.postedTime);
	}

	/** This post with its address moved elsewhere (into the link card): what the editor typed besides it stays. */
	public SocialPost withoutAddress() {
		return new SocialPost(null, this.author, this.text, this.postedOn, this.postedTime);
	}

	/** This post with what the network's oEmbed said, where the editor left a field empty. */
	public SocialPost filledIn(String author, String text) {
		return new SocialPost(this.url, FieldRules.isBlank(this.author) ? author : this.author,
				FieldRules.isBlank(this.text) ? text : this.text, this.postedOn, this.postedTime);
	}

	/** Whether any of it is filled in: the composer then shows its fields open. */
	public boolean anyFilledIn() {
		return !FieldRules.isBlank(this.url) || !FieldRules.isBlank(this.author) || !FieldRules.isBlank(this.text)
				|| this.postedOn != null || this.postedTime != null;
	}

	/** The network whose site the address is on, post or not: one it knows, else empty. */
	public Optional<SocialNetwork> site() {
		return FieldRules.isBlank(this.url) ? Optional.empty() : SocialNetwork.ofSite(this.url.strip());
	}

	/**
	 * What its fields' own annotations cannot say, as typed in a form (the errors' nested path at the post):
	 * each text against its limit, an address of a post of a supported network, the author it needs, a time
	 * only with its day. An address of another site is the form's to move into the link card first; one
	 * still here is refused.
	 */
	public void check(Errors errors) {
		FieldRules.checkLength(errors, "url", this.url, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		FieldRules.checkLength(errors, "author", this.author, AUTHOR_MAX, "entry.postAuthor.tooLong");
		FieldRules.checkLength(errors, "text", this.text, TEXT_MAX, "entry.postText.tooLong");
		if (FieldRules.isBlank(this.url)) {
			if (anyFilledIn()) {
				FieldRules.reject(errors, "url", "entry.postUrl.required");
			}
			return;
		}
		String address = this.url.strip();
		if (!WebAddresses.isWeb(address)) {
			Optional<SocialNetwork> named = SocialNetwork.ofSiteAsTyped(address);
			if (named.isPresent()) {
				// It does start with https:// and a network's site: what is wrong is the post's id.
				rejectAsNoPostOf(errors, named.get());
			}
			else {
				FieldRules.reject(errors, "url", "entry.postUrl.unsafe");
			}
			return;
		}
		Optional<SocialNetwork> site = SocialNetwork.ofSite(address);
		if (site.isEmpty()) {
			// Left here by the form only when the link card already holds another address.
			FieldRules.reject(errors, "url", "entry.postUrl.otherSite");
			return;
		}
		if (site.get().idAt(address).isEmpty()) {
			rejectAsNoPostOf(errors, site.get());
			return;
		}
		if (FieldRules.isBlank(this.author)) {
			FieldRules.reject(errors, "author", "entry.postAuthor.required");
		}
		if (this.postedTime != null && this.postedOn == null) {
			FieldRules.reject(errors, "postedOn", "entry.postedOn.requiredWithTime");
		}
	}

	private static void rejectAsNoPostOf(Errors errors, SocialNetwork site) {
		errors.rejectValue("url", "entry.postUrl.notAPost." + site.key(), new Object[] { site.displayName() }, null);
	}

	boolean isSafe() {
		return this.network != null && this.network.isId(this.embedId) && WebAddresses.isWeb(this.url)
				&& this.network.idAt(this.url).filter(this.embedId::equals).isPresent() && this.author != null
				&& (this.postedTime == null || this.postedOn != null);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof SocialPost that && this.network == that.network
				&& Objects.equals(this.embedId, that.embedId) && Objects.equals(this.url, that.url)
				&& Objects.equals(this.author, that.author) && Objects.equals(this.text, that.text)
				&& Objects.equals(this.postedOn, that.postedOn) && Objects.equals(this.postedTime, that.postedTime));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.network, this.embedId, this.url, this.author, this.text, this.postedOn,
				this.postedTime);
	}

	@Override
	public String toString() {
		return "SocialPost[network=" + this.network + ", embedId=" + this.embedId + ", url=" + this.url + ", author="
				+ this.author + ", text=" + this.text + ", postedOn=" + this.postedOn + ", postedTime="
				+ this.postedTime + "]";
	}

}
