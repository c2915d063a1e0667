package news.liveblog.entry;

import java.net.URI;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * A link to another page, shown with an entry as a card: the page's title, its site, an optional image.
 * Nothing of the other page is fetched or embedded: the editor types what the card says. Like
 * {@link EntryImage}, the one place that says what a card has: embedded by {@link EntryText} as the
 * {@code link_} columns, bound by the composer as {@code link.url}, {@code link.title}...
 */
@Embeddable
public final class LinkCard {

	public static final int TITLE_MAX = 200;

	public static final int SITE_NAME_MAX = 100;

	/** An {@code https} or {@code http} address (see {@link WebAddresses#isWeb}). */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String url;

	/** The linked page's title; required. */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String title;

	/** Optional: the card shows the address's host instead. */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String siteName;

	/** Optional, an {@code https} address. */
	@Pattern(regexp = FieldRules.NO_NUL, message = "{text.nul}")
	private String imageUrl;

	/** Nothing filled in yet: what a form starts from (and JPA, before it sets the columns). */
	public LinkCard() {
	}

	public LinkCard(String url, String title, String siteName, String imageUrl) {
		this.url = FieldRules.stripToNull(url);
		this.title = FieldRules.stripToNull(title);
		this.siteName = FieldRules.stripToNull(siteName);
		this.imageUrl = FieldRules.stripToNull(imageUrl);
	}

	public String url() {
		return this.url;
	}

	public String title() {
		return this.title;
	}

	public String siteName() {
		return this.siteName;
	}

	public String imageUrl() {
		return this.imageUrl;
	}

	/** The site the card names: the editor's name for it, or the address's host. */
	public String site() {
		if (this.siteName != null) {
			return this.siteName;
		}
		String host = URI.create(this.url).getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	/** The card as readers get it, its texts stripped; {@code null} when it has no address. */
	public LinkCard orNull() {
		return FieldRules.isBlank(this.url) ? null
				: new LinkCard(this.url, this.title, this.siteName, this.imageUrl);
	}

	/** Whether any of it is filled in: the composer then shows its fields open. */
	public boolean anyFilledIn() {
		return !FieldRules.isBlank(this.url) || !FieldRules.isBlank(this.title)
				|| !FieldRules.isBlank(this.siteName) || !FieldRules.isBlank(this.imageUrl);
	}

	/**
	 * What its fields' own annotations cannot say, as typed in a form (the errors' nested path at the card):
	 * each text against its limit, safe addresses, the title it needs.
	 */
	public void check(Errors errors) {
		FieldRules.checkLength(errors, "url", this.url, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		FieldRules.checkLength(errors, "title", this.title, TITLE_MAX, "entry.linkTitle.tooLong");
		FieldRules.checkLength(errors, "siteName", this.siteName, SITE_NAME_MAX, "entry.linkSiteName.tooLong");
		FieldRules.checkLength(errors, "imageUrl", this.imageUrl, WebAddresses.MAX_LENGTH, "entry.address.tooLong");
		if (FieldRules.isBlank(this.url)) {
			if (anyFilledIn()) {
				FieldRules.reject(errors, "url", "entry.linkUrl.required");
			}
			return;
		}
		if (!WebAddresses.isWeb(this.url.strip())) {
			FieldRules.reject(errors, "url", "entry.linkUrl.unsafe");
		}
		if (FieldRules.isBlank(this.title)) {
			FieldRules.reject(errors, "title", "entry.linkTitle.required");
		}
		if (!FieldRules.isBlank(this.imageUrl) && !WebAddresses.isHttps(this.imageUrl.strip())) {
			FieldRules.reject(errors, "imageUrl", "entry.linkImageUrl.unsafe");
		}
	}

	boolean isSafe() {
		return WebAddresses.isWeb(this.url) && this.title != null
				&& (this.imageUrl == null || WebAddresses.isHttps(this.imageUrl));
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof LinkCard that && Objects.equals(this.url, that.url)
				&& Objects.equals(this.title, that.title) && Objects.equals(this.siteName, that.siteName)
				&& Objects.equals(this.imageUrl, that.imageUrl));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.url, this.title, this.siteName, this.imageUrl);
	}

	@Override
	public String toString() {
		return "LinkCard[url=" + this.url + ", title=" + this.title + ", siteName=" + this.siteName + ", imageUrl="
				+ this.imageUrl + "]";
	}

}
