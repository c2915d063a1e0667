package news.liveblog.feed;

import jakarta.servlet.http.HttpServletRequest;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryPage;
import news.liveblog.system.NotFoundException;
import news.liveblog.system.PageLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages: the front page, a blog's feed and its pages of older entries, an entry's own page.
 */
@Controller
class FeedController {

	/** Entries on one page of a feed. */
	static final int PAGE_SIZE = 20;

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	FeedController(LiveBlogs liveBlogs, Entries entries) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("blogs", this.liveBlogs.publicListing().stream().map(PageFormat::blog).toList());
		return "feed/home";
	}

	@GetMapping("/live/{slug}")
	String feed(@PathVariable String slug, @RequestParam(required = false) Long before, HttpServletRequest request,
			Model model) {
		LiveBlog blog = publicBlog(slug, request);
		EntryPage page = (before != null) ? this.entries.olderThan(blog.getId(), before, PAGE_SIZE)
				: this.entries.newest(blog.getId(), PAGE_SIZE);
		model.addAttribute("blog", PageFormat.blog(blog));
		model.addAttribute("pinned",
				(before == null) ? this.entries.findPinned(blog.getId()).map((entry) -> PageFormat.entry(blog, entry)).orElse(null)
						: null);
		model.addAttribute("entries", page.entries().stream().map((entry) -> PageFormat.entry(blog, entry)).toList());
		model.addAttribute("olderThan", page.olderThan());
		model.addAttribute("firstPage", before == null);
		model.addAttribute("changeNumber", blog.getChangeSequence());
		return "feed/feed";
	}

	@GetMapping("/live/{slug}/entries/{entryId}")
	String entry(@PathVariable String slug, @PathVariable long entryId, HttpServletRequest request, Model model) {
		LiveBlog blog = publicBlog(slug, request);
		Entry entry = this.entries.findPublished(blog.getId(), entryId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		model.addAttribute("blog", PageFormat.blog(blog));
		model.addAttribute("entry", PageFormat.entry(blog, entry));
		return "feed/entry";
	}

	/** A corrected entry's earlier versions, so readers see exactly what changed, when and why. */
	@GetMapping("/live/{slug}/entries/{entryId}/revisions")
	String revisions(@PathVariable String slug, @PathVariable long entryId, HttpServletRequest request, Model model) {
		LiveBlog blog = publicBlog(slug, request);
		Entry entry = this.entries.findPublished(blog.getId(), entryId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		model.addAttribute("blog", PageFormat.blog(blog));
		model.addAttribute("entry", PageFormat.entry(blog, entry));
		model.addAttribute("revisions", this.entries.revisions(entryId)
			.stream()
			.map((revision) -> new RevisionView(revision.getHeadline(), revision.getBodyHtml(),
					blog.printIso(revision.getValidFrom()), blog.printTime(revision.getValidFrom()),
					blog.printDate(revision.getValidFrom()), blog.printTime(revision.getReplacedAt()),
					revision.getPublicNote()))
			.toList());
		return "feed/revisions";
	}

	private LiveBlog publicBlog(String slug, HttpServletRequest request) {
		LiveBlog blog = this.liveBlogs.findPublic(slug).orElseThrow(() -> new NotFoundException("No public live blog " + slug));
		PageLanguage.use(request, blog.getLanguage());
		return blog;
	}

}
