package news.liveblog.feed;

import java.util.List;
import java.util.Map;
import java.util.Set;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Parts of the feed exactly as the page prints them, rendered by the very same fragments: what the live
 * stream pushes to open pages.
 */
@Component
public class EntryFragments {

	private final ITemplateEngine templates;

	private final Entries entries;

	private final PublicAddresses addresses;

	EntryFragments(ITemplateEngine templates, Entries entries, PublicAddresses addresses) {
		this.templates = templates;
		this.entries = entries;
		this.addresses = addresses;
	}

	public String render(LiveBlog blog, Entry entry) {
		EntryView view = PageFormat.entry(this.addresses, blog, entry,
				this.entries.latestNotes(List.of(entry.getId())).get(entry.getId()));
		Context context = new Context(blog.getLanguage(), Map.of("entry", view));
		return this.templates.process("fragments/live-entry", context).strip();
	}

	/**
	 * The blog's "Key events" list as it is now, or an empty string when it has none. Every link points at
	 * the entry's own page: which entries an open page shows is known only there, and its script points the
	 * links at those.
	 */
	public String keyEvents(LiveBlog blog) {
		Context context = new Context(blog.getLanguage(), Map.of("keyEvents", PageFormat.keyEvents(blog,
				this.entries.newestKeyEvents(blog.getId(), FeedController.KEY_EVENTS), Set.of())));
		return this.templates.process("fragments/live-key-events", context).strip();
	}

}
