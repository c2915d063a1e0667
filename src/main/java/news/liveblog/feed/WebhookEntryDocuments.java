package news.liveblog.feed;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.webhook.EntryDocuments;

import org.springframework.stereotype.Component;

/** Entries for webhooks' messages exactly as the JSON API prints them. */
@Component
class WebhookEntryDocuments implements EntryDocuments {

	private final PublicAddresses addresses;

	WebhookEntryDocuments(PublicAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public Object entry(LiveBlog blog, Entry entry) {
		return EntryJson.of(blog, entry, this.addresses);
	}

	@Override
	public String blogUrl(LiveBlog blog) {
		return this.addresses.feed(blog.getSlug());
	}

	@Override
	public String entryUrl(LiveBlog blog, long entryId) {
		return this.addresses.entry(blog.getSlug(), entryId);
	}

}
