package news.liveblog.backoffice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryListFilter;
import news.liveblog.entry.EntryListPage;
import news.liveblog.entry.EntryTab;

import org.springframework.stereotype.Component;

/** Builds the entry list for the one looking: the composer's and the list's own page share it. */
@Component
class EntryLists {

	/** Entries a page: a screen or two on a laptop, a thumb's few flicks on a phone. */
	static final int PAGE_SIZE = 30;

	private final Entries entries;

	EntryLists(Entries entries) {
		this.entries = entries;
	}

	EntryListView view(LiveBlog blog, EntryListRequest request, SignedInEditor looking) {
		EntryTab selected = request.selectedTab();
		EntryListFilter filter = new EntryListFilter(blog.getId(), selected,
				request.onlyMine() ? looking.getEditorId() : null,
				looking.isContributor() ? looking.getEditorId() : null, request.words(), request.cursor());
		EntryListPage page = this.entries.list(filter, PAGE_SIZE);
		Map<EntryTab, Long> counts = this.entries.counts(filter);
		String slug = blog.getSlug();
		List<EntryListView.Tab> tabs = Arrays.stream(EntryTab.values())
			// Nothing scheduled is a contributor's to see, so neither is the tab.
			.filter((tab) -> !(tab == EntryTab.SCHEDULED && looking.isContributor()))
			.map((tab) -> new EntryListView.Tab(tab.parameter(), counts.get(tab), tab == selected,
					request.on(tab).page(slug)))
			.toList();
		List<EntryListItem> items = page.entries()
			.stream()
			.map((entry) -> EntryListItem.of(blog, entry, looking, request))
			.toList();
		return new EntryListView(slug, selected.parameter(), request.onlyMine(), request.words(), tabs, items,
				request.fragment(slug), request.page(slug),
				(page.older() != null) ? request.after(page.older()).page(slug) : null,
				request.mine(true).page(slug), request.mine(false).page(slug),
				new EntryListRequest(null, null, null, null, null, null).page(slug), request.cursor() == null,
				request.fromComposer(), looking.canPublish() ? pinned(blog) : null);
	}

	/** Pinned on any page of the list or none: what a Pin button on this one (or the composer's box) replaces. */
	EntryListView.Pinned pinned(LiveBlog blog) {
		return this.entries.findPinned(blog.getId())
			.map((entry) -> new EntryListView.Pinned(entry.getId(), entry.label()))
			.orElse(null);
	}

}
