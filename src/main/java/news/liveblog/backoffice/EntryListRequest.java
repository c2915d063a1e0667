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
 * @param from "composer" when the list is the composer's; "list" on an action the composer's controller answers
 * (pin, unpin, retract) pressed in the Entries page's list
 */
record EntryListRequest(String tab, Boolean mine, String q, Instant before, Long beforeId, String from) {

	/** The search box's limit: longer is no search anyone types, and only costs the database. */
	static final int MAX_WORDS_LENGTH = 200;

	static final String COMPOSER = "composer";

	static final String LIST = "list";

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

	/**
	 * An action the composer's controller answers (pin, unpin, retract), carrying the list it was pressed in: the
	 * composer's, or the Entries page's as it was (marked from=list; a form posted without it is the composer's).
	 */
	String composerAction(String slug, long entryId, String action) {
		EntryListRequest marked = fromComposer() ? this
				: new EntryListRequest(this.tab, this.mine, this.q, this.before, this.beforeId, LIST);
		return marked.address("/admin/live/{slug}/entries/" + entryId + "/" + action, slug, null);
	}

	/** Where such an action leads back to: the Entries page's list as it was, or else the composer. */
	String backFromComposerAction(String slug) {
		return LIST.equals(this.from)
				? new EntryListRequest(this.tab, this.mine, this.q, this.before, this.beforeId, null).page(slug)
				: composers().back(slug);
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
		if (fromComposer() || LIST.equals(this.from)) {
			uri.queryParam("from", this.from);
		}
		if (fragment != null) {
			uri.queryParam("fragment", fragment);
		}
		return uri.buildAndExpand(slug).encode().toUriString();
	}

}
