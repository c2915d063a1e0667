package news.liveblog.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.feed.EntryFragments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a numbered change into the event readers' pages apply: an entry's HTML from the feed's own
 * fragment, as the entry is now (a replayed "published" for an entry retracted since carries no HTML; the
 * retraction follows it), and the "Key events" list when the change may have altered it.
 */
@Component
class LiveEvents {

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final EntryFragments fragments;

	private final MessageSource messages;

	private final JsonMapper json;

	LiveEvents(LiveBlogs liveBlogs, Entries entries, EntryFragments fragments, MessageSource messages, JsonMapper json) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.fragments = fragments;
		this.messages = messages;
		this.json = json;
	}

	LiveEvent of(LiveBlog blog, LiveChange change) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("change", change.seq());
		if (change.kind() == ChangeKind.BLOG_UPDATED) {
			LiveBlog now = this.liveBlogs.find(blog.getId()).orElse(blog);
			data.put("title", now.getTitle());
			data.put("summary", now.getSummary());
			data.put("live", now.isLive());
			data.put("status", this.messages.getMessage("blog.status." + now.getStatus().name(), null,
					now.getLanguage()));
		}
		else {
			data.put("entryId", change.entryId());
			Optional<Entry> published = (change.kind() == ChangeKind.ENTRY_RETRACTED) ? Optional.empty()
					: this.entries.findPublished(blog.getId(), change.entryId());
			published.ifPresent((entry) -> {
				data.put("html", this.fragments.render(blog, entry));
				data.put("pinned", entry.isPinned());
				data.put("keyEvent", entry.isKeyEvent());
				data.put("headline", entry.getHeadline());
			});
			if (mayChangeKeyEvents(change.kind(), published)) {
				data.put("keyEvents", this.fragments.keyEvents(blog));
			}
		}
		return LiveEvent.of(change.seq(), change.kind().eventName(), this.json.writeValueAsString(data));
	}

	/**
	 * Whether the "Key events" list may differ after this change, so the event carries the list as it is now.
	 * A new entry changes it only as a key event; a correction or a retraction may have taken the mark (or
	 * the headline) from an entry the list shows, which the change log does not tell, so those always carry it.
	 */
	private static boolean mayChangeKeyEvents(ChangeKind kind, Optional<Entry> published) {
		return switch (kind) {
			case ENTRY_PUBLISHED -> published.map(Entry::isKeyEvent).orElse(false);
			case ENTRY_UPDATED, ENTRY_RETRACTED -> true;
			case BLOG_UPDATED -> false;
		};
	}

}
