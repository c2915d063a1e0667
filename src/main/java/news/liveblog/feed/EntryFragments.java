package news.liveblog.feed;

import java.util.List;
import java.util.Map;
import java.util.Set;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.live.LiveFragments;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Parts of the feed exactly as the page prints them, rendered by the very same fragments: what the live
 * stream pushes to open pages.
 */
@Component
class EntryFragments implements LiveFragments {

	private final ITemplateEngine templates;

	private final Entries entries;

	EntryFragments(ITemplateEngine templates, Entries entries) {
		this.templates = templates;
		this.entries = entries;
	}

	@Override
	public String render(LiveBlog blog, Entry entry) {
		return process("fragments/live-entry", blog, "entry", view(blog, entry));
	}

	/**
	 * {@inheritDoc} Every link points at the entry's own page: which entries an open page shows is known
	 * only there, and its script points the links at those.
	 */
	@Override
	public String keyEvents(LiveBlog blog) {
		return process("fragments/live-key-events", blog, "keyEvents", PageFormat.keyEvents(blog,
				this.entries.newestKeyEvents(blog.getId(), FeedController.KEY_EVENTS), Set.of()));
	}

	@Override
	public String pinned(LiveBlog blog) {
		return this.entries.findPinned(blog.getId())
			.map((entry) -> process("fragments/live-pinned", blog, "pinned", view(blog, entry)))
			.orElse("");
	}

	private EntryView view(LiveBlog blog, Entry entry) {
		return PageFormat.entry(blog, entry, this.entries.latestNotes(List.of(entry.getId())).get(entry.getId()));
	}

	private String process(String template, LiveBlog blog, String name, Object value) {
		return this.templates.process(template, new Context(blog.getLanguage(), Map.of(name, value))).strip();
	}

}
