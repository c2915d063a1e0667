package news.liveblog.entry;

import java.time.Instant;
import java.util.function.Function;

/**
 * The tabs of the back office's entry list: which entries each shows, and in which order. Each order is a
 * time with the id breaking ties, walked along an index of its own (V15), so that a page costs the same at
 * the end of a long day as at its start.
 */
public enum EntryTab {

	/** Every entry, upcoming and newest first (entry_backoffice). */
	ALL("true", "coalesce(published_at, created_at)", false,
			(entry) -> (entry.getPublishedAt() != null) ? entry.getPublishedAt() : entry.getCreatedAt()),

	/** By last save, so the draft saved a minute ago on another device is first (entry_list_unpublished). */
	DRAFTS("status = 'DRAFT'", "updated_at", false, Entry::getUpdatedAt),

	SUBMITTED("status = 'SUBMITTED'", "updated_at", false, Entry::getUpdatedAt),

	/**
	 * Soonest first, the one exception to newest first: what goes out next is what the desk checks, and
	 * newest first would put the entry scheduled for tomorrow above the one due in two minutes
	 * (entry_list_scheduled).
	 */
	SCHEDULED("status = 'SCHEDULED'", "published_at", true, Entry::getPublishedAt),

	/** As readers have them (entry_feed). */
	PUBLISHED("status = 'PUBLISHED'", "published_at", false, Entry::getPublishedAt),

	/** The published key events, as the feed lists them (entry_key_events). */
	KEY_EVENTS("status = 'PUBLISHED' and key_event", "published_at", false, Entry::getPublishedAt),

	/** By when they were retracted (entry_list_retracted). */
	RETRACTED("status = 'RETRACTED'", "retracted_at", false, Entry::getRetractedAt);

	private final String condition;

	private final String time;

	private final boolean ascending;

	private final Function<Entry, Instant> timeOf;

	EntryTab(String condition, String time, boolean ascending, Function<Entry, Instant> timeOf) {
		this.condition = condition;
		this.time = time;
		this.ascending = ascending;
		this.timeOf = timeOf;
	}

	/** The tab named so in an address ("drafts", "key-events"), or {@code null} for none of them. */
	public static EntryTab named(String name) {
		for (EntryTab tab : values()) {
			if (tab.parameter().equalsIgnoreCase(name)) {
				return tab;
			}
		}
		return null;
	}

	/** Its name in an address: "drafts", "key-events". */
	public String parameter() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Which entries it shows, as SQL over the entry table. */
	String condition() {
		return this.condition;
	}

	/** The time it orders entries by, as SQL: its index's key after the blog. */
	String time() {
		return this.time;
	}

	boolean ascending() {
		return this.ascending;
	}

	/** Where the entry stands in this tab's order: the cursor of the page after it. */
	EntryCursor cursorOf(Entry entry) {
		return new EntryCursor(this.timeOf.apply(entry), entry.getId());
	}

}
