package news.liveblog.backoffice;

import java.time.Instant;

import news.liveblog.entry.EntryCursor;
import news.liveblog.entry.EntryTab;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the entry list's address asks for: a tab, "Mine", words to search, where the page starts, and
 * whether the page is the composer's (where an action comes back to). Every link and form of the list
 * carries it on, so a tab, a search or an action keeps the rest.
 *
 * @param tab a tab's name ("drafts"); anything else is the default tab, "All"
 * @param before with {@code beforeId}, the cursor of an "Older entries" page
 * @param from "composer" when the list is the composer's
 */
record EntryListRequest(String tab, Boolean mine, String q, Instant before, Long beforeId, String from) {

	/** The search box's limit: longer is no search anyone types, and only costs the database. */
	static final int MAX_WORDS_LENGTH = 200;

	static final String COMPOSER = "composer";

	/** The composer's list: its default tab, first page. */
	static EntryListRequest composers() {
		return new EntryListRequest(null, false, null, null, null, COMPOSER);
	}

	EntryTab selectedTab() {
		EntryTab named = EntryTab.named(this.tab);
		return (named != null) ? named : EntryTab.ALL;
	}

	boolean onlyMine() {
		return Boolean.TRUE.equals(this.mine);
	}

	/** What was typed to search for, as the box shows it again; {@code null} for nothing. */
	String words() {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		String words = this.q.strip();
		return (words.length() > MAX_WORDS_LENGTH) ? words.substring(0, MAX_WORDS_LENGTH) : words;
	}

	EntryCursor cursor() {
		return (this.before != null && this.beforeId != null) ? new EntryCursor(this.before, this.beforeId) : null;
	}

	boolean fromComposer() {
		return COMPOSER.equals(this.from);
	}

	/** The same list on another tab, from its first page. */
	EntryListRequest on(EntryTab other) {
		return new EntryListRequest(other.parameter(), this.mine, this.q, null, null, null);
	}

	/** The same list with "Mine" on or off, from its first page. */
	EntryListRequest mine(boolean only) {
		return new EntryListRequest(this.tab, only, this.q, null, null, null);
	}

	/** The same list from that place on ("Older entries"). */
	EntryListRequest after(EntryCursor cursor) {
		return new EntryListRequest(this.tab, this.mine, this.q, cursor.time(), cursor.id(), null);
	}

	/** The list's full page with this filter, relative to the application. */
	String page(String slug) {
		return address("/admin/live/{slug}/entries", slug, null);
	}

	/** The list region alone (the desk's live refresh). */
	String fragment(String slug) {
		return address("/admin/live/{slug}/entries", slug, "list");
	}

	/** An entry's action (delete, unschedule, schedule), carrying the list it was pressed in. */
	String action(String slug, long entryId, String action) {
		return address("/admin/live/{slug}/entries/" + entryId + "/" + action, slug, null);
	}

	/** Where an action leads back to: the composer, or the list as it was. */
	String back(String slug) {
		return fromComposer() ? UriComponentsBuilder.fromPath("/admin/live/{slug}").buildAndExpand(slug).encode().toUriString()
				: page(slug);
	}

	private String address(String path, String slug, String fragment) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		EntryTab selected = selectedTab();
		if (selected != EntryTab.ALL) {
			uri.queryParam("tab", selected.parameter());
		}
		if (onlyMine()) {
			uri.queryParam("mine", true);
		}
		if (words() != null) {
			uri.queryParam("q", words());
		}
		if (cursor() != null) {
			uri.queryParam("before", this.before).queryParam("beforeId", this.beforeId);
		}
		if (fromComposer()) {
			uri.queryParam("from", COMPOSER);
		}
		if (fragment != null) {
			uri.queryParam("fragment", fragment);
		}
		return uri.buildAndExpand(slug).encode().toUriString();
	}

}
