package news.liveblog.feed;

import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An entry's HTML exactly as the feed prints it, rendered by the very same fragment: what the live stream
 * pushes to open pages.
 */
@Component
public class EntryFragments {

	private final ITemplateEngine templates;

	EntryFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public String render(LiveBlog blog, Entry entry) {
		Context context = new Context(blog.getLanguage(), Map.of("entry", PageFormat.entry(blog, entry)));
		return this.templates.process("fragments/live-entry", context).strip();
	}

}
