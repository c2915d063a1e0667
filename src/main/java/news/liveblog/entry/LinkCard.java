package news.liveblog.entry;

import java.net.URI;

/**
 * A link to another page, shown with an entry as a card: the page's title, its site, an optional image.
 * Nothing of the other page is fetched or embedded: the editor types what the card says.
 *
 * @param url an {@code https} or {@code http} address (see {@link WebAddresses#isWeb})
 * @param title the linked page's title; required
 * @param siteName optional: the card shows the address's host instead
 * @param imageUrl optional, an {@code https} address
 */
public record LinkCard(String url, String title, String siteName, String imageUrl) {

	public LinkCard {
		url = EntryImage.stripToNull(url);
		title = EntryImage.stripToNull(title);
		siteName = EntryImage.stripToNull(siteName);
		imageUrl = EntryImage.stripToNull(imageUrl);
	}

	/** The site the card names: the editor's name for it, or the address's host. */
	public String site() {
		if (this.siteName != null) {
			return this.siteName;
		}
		String host = URI.create(this.url).getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	boolean isSafe() {
		return WebAddresses.isWeb(this.url) && this.title != null
				&& (this.imageUrl == null || WebAddresses.isHttps(this.imageUrl));
	}

}
