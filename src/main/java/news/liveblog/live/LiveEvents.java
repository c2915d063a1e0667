package news.liveblog.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a numbered change into the event readers' pages apply: an entry's HTML from the feed's own
 * fragment, as the entry is now, and the "Key events" list and the pinned section, each when the change
 * may have altered it.
 * <p>
 * An event says only what is public when it is made, and a remembered one is made again
 * ({@link #supersede}) when a later change makes it say more than that: a stream's replay never hands
 * out the text of an entry retracted since, nor an earlier version of a corrected one. A change about an
 * entry that is not public now (retracted since) is replayed as its retraction only.
 */
@Component
class LiveEvents {

	private static final String CHANGE = "change";

	private static final String KEY_EVENTS = "keyEvents";

	private static final String PINNED_SECTION = "pinnedSection";

	/** Parts of the page an event carries whole, as they are when it is made. */
	private static final List<String> WHOLE_PARTS = List.of(KEY_EVENTS, PINNED_SECTION);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final LiveFragments fragments;

	private final MessageSource messages;

	private final JsonMapper json;

	LiveEvents(LiveBlogs liveBlogs, Entries entries, LiveFragments fragments, MessageSource messages, JsonMapper json) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.fragments = fragments;
		this.messages = messages;
		this.json = json;
	}

	LiveEvent of(LiveBlog blog, LiveChange change) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put(CHANGE, change.seq());
		String name = change.kind().eventName();
		if (change.kind() == ChangeKind.BLOG_UPDATED) {
			LiveBlog now = this.liveBlogs.find(blog.getId()).orElse(blog);
			data.put("title", now.getTitle());
			data.put("summary", now.getSummary());
			data.put("live", now.isLive());
			// Whether the question form, where the page has one, still takes questions: not once the blog ended.
			data.put("askable", now.isAskable());
			// Its times are printed in this zone: a page printed in another reloads (live.js).
			data.put("timeZone", now.getTimeZone().getId());
			// And in this language: a page in another reloads too.
			data.put("language", now.getLanguage().toLanguageTag());
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
			if (published.isEmpty()) {
				// Retracted since (a replay): all a reader may learn of it now is that it is gone.
				name = ChangeKind.ENTRY_RETRACTED.eventName();
			}
			if (mayChange(change.kind(), published, Entry::isKeyEvent)) {
				data.put(KEY_EVENTS, this.fragments.keyEvents(blog));
			}
			if (mayChange(change.kind(), published, Entry::isPinned)) {
				data.put(PINNED_SECTION, this.fragments.pinned(blog));
			}
		}
		return event(change.seq(), name, change.entryId(), data);
	}

	/**
	 * An earlier event as it may still be replayed once {@code newer} is out, made again only when
	 * {@code newer} makes it out of date (otherwise the very same event):
	 * <ul>
	 * <li>about the same entry: the entry as {@code newer} tells it, that is as it is now (its retraction
	 * only, once retracted; its current text, once corrected);</li>
	 * <li>a blog's earlier settings: its current ones;</li>
	 * <li>a "Key events" list or a pinned section, when {@code newer} carries it as it is now: none. Whoever
	 * is replayed the earlier event is replayed {@code newer} after it, so the page ends with the right one
	 * without ever being handed one that shows an entry retracted or corrected since.</li>
	 * </ul>
	 * Called once per change and remembered event on the fan-out thread (never per reader); only events
	 * that change are written out again, and those lose their list, so each is rarely written twice.
	 */
	LiveEvent supersede(LiveEvent older, LiveEvent newer) {
		if (older.data() == null || newer.data() == null || older.seq() >= newer.seq()) {
			return older;
		}
		String name = older.name();
		Map<String, Object> data = older.data();
		boolean changed = false;
		if (older.entryId() != null && older.entryId().equals(newer.entryId())) {
			if (newer.name().equals(ChangeKind.ENTRY_RETRACTED.eventName())) {
				name = newer.name();
				data = new LinkedHashMap<>();
				data.put("entryId", older.entryId());
			}
			else {
				data = new LinkedHashMap<>(newer.data());
			}
			changed = true;
		}
		else if (older.entryId() == null && newer.entryId() == null && older.name().equals(newer.name())) {
			data = new LinkedHashMap<>(newer.data());
			changed = true;
		}
		for (String part : WHOLE_PARTS) {
			if (data.containsKey(part) && newer.data().containsKey(part)) {
				data = new LinkedHashMap<>(data);
				data.remove(part);
				changed = true;
			}
		}
		if (!changed) {
			return older;
		}
		data.put(CHANGE, older.seq());
		return event(older.seq(), name, older.entryId(), data);
	}

	private LiveEvent event(long seq, String name, Long entryId, Map<String, Object> data) {
		// The change number first, as the page reads it.
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put(CHANGE, seq);
		ordered.putAll(data);
		Map<String, Object> kept = Collections.unmodifiableMap(ordered);
		return LiveEvent.of(seq, name, entryId, kept, this.json.writeValueAsString(kept));
	}

	/**
	 * Whether a part of the page (the "Key events" list, the pinned section) may differ after this change, so
	 * the event carries it as it is now. A new entry changes it only when it is in it ({@code shows}); a
	 * correction or a retraction may have taken the mark (or the headline, or the pin) from an entry the part
	 * shows, which the change log does not tell, so those always carry it.
	 */
	private static boolean mayChange(ChangeKind kind, Optional<Entry> published, Predicate<Entry> shows) {
		return switch (kind) {
			case ENTRY_PUBLISHED -> published.map(shows::test).orElse(false);
			case ENTRY_UPDATED, ENTRY_RETRACTED -> true;
			case BLOG_UPDATED -> false;
		};
	}

}
