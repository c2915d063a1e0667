package news.liveblog.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entries.Neighbours;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryField;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryPage;
import news.liveblog.entry.EntryRevision;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.EntryStatus;
import news.liveblog.feed.PublicPageCache.KnownBlog;
import news.liveblog.feed.fastpath.FeedResponses;
import news.liveblog.feed.fastpath.PageVariant;
import news.liveblog.feed.fastpath.RenderedPage;
import news.liveblog.question.ReaderQuestions;
import news.liveblog.system.PageLanguage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages: the front page, a blog's feed and its pages of older entries, an entry's own page.
 */
@Controller
class FeedController {

	/** Entries on one page of a feed. */
	static final int PAGE_SIZE = 20;

	/** Characters of an entry's text its page gives as its description: about what search results show. */
	private static final int DESCRIPTION_LENGTH = 160;

	/** Key events in the list at the top of a feed: the newest ones, however long the blog. */
	static final int KEY_EVENTS = 20;

	/** The feed's own parameters, each given once at most. */
	private static final List<String> FEED_PARAMETERS = List.of("order", "before", "after");

	private static final String UNKNOWN_CURSOR = "feed.problem.unknownCursor";

	private final LiveBlogs liveBlogs;

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final Entries entries;

	private final PublicPageCache cache;

	private final PageRenderer renderer;

	private final PublicBlogs publicBlogs;

	private final PublicAddresses addresses;

	private final ReaderQuestions questions;

	private final MessageSource messages;

	FeedController(LiveBlogs liveBlogs, Entries entries, PublicPageCache cache, PageRenderer renderer,
			PublicBlogs publicBlogs, PublicAddresses addresses, ReaderQuestions questions, MessageSource messages) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.cache = cache;
		this.renderer = renderer;
		this.publicBlogs = publicBlogs;
		this.addresses = addresses;
		this.questions = questions;
		this.messages = messages;
	}

	/**
	 * The front page: a card for each public blog, all of it in the blog's language (its title, its day, its
	 * status), as its page will be; the page around the cards speaks the reader's.
	 */
	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("blogs", this.liveBlogs.publicListing().stream()
			.map((blog) -> new BlogCard(PageFormat.blog(blog), this.messages
				.getMessage("blog.status." + blog.getStatus().name(), null, blog.getLanguage())))
			.toList());
		return "feed/home";
	}

	/** A blog on the front page, with its status in its own language. */
	record BlogCard(LiveBlogView blog, String status) {
	}

	/**
	 * A blog's feed: one mapping for every combination of its parameters, sorted out here, so that no
	 * address anyone can type falls between two mappings (which Spring answers with a 500).
	 * <ul>
	 * <li>no parameter (or only ones the feed does not know, such as a campaign's {@code utm_source}): the
	 * newest entries, as {@link #firstPage} serves them;</li>
	 * <li>{@code ?before={id}}: older entries, newest first;</li>
	 * <li>{@code ?order=oldest}, with {@code &after={id}}: the story in order;</li>
	 * <li>an unknown order, a cursor that names no public entry of the blog, or a parameter given twice: the
	 * blog's 404 page, saying which;</li>
	 * <li>a cursor of the other order ({@code order=oldest&before=}, {@code after=} newest first): a 400
	 * page that says which one goes with which order.</li>
	 * </ul>
	 * Each of these pages is in the blog's language, with the way back to it.
	 */
	@GetMapping("/live/{slug}")
	String feed(@PathVariable String slug, @RequestParam(required = false) String order,
			@RequestParam(required = false) String before, @RequestParam(required = false) String after,
			HttpServletRequest request, HttpServletResponse response, WebRequest webRequest, Model model)
			throws IOException {
		// The blog first: an unknown one is a 404, a moved one a redirect, whatever its parameters.
		this.publicBlogs.known(slug);
		for (String parameter : FEED_PARAMETERS) {
			// Spring would read ?before=10&before=12 as "10,12": say what is wrong rather than that no entry has that id.
			String[] values = request.getParameterValues(parameter);
			if (values != null && values.length > 1) {
				throw new MissingFromBlog(publicBlog(slug, request), "feed.problem.repeated");
			}
		}
		boolean oldestFirst = switch (blankToNull(order)) {
			case null -> false;
			case "newest" -> false;
			case "oldest" -> true;
			default -> throw new MissingFromBlog(publicBlog(slug, request), "feed.problem.unknownOrder");
		};
		before = blankToNull(before);
		after = blankToNull(after);
		if (oldestFirst && before != null) {
			throw new FeedRequestRejected(publicBlog(slug, request), "feed.problem.beforeInOrder");
		}
		if (!oldestFirst && after != null) {
			throw new FeedRequestRejected(publicBlog(slug, request), "feed.problem.afterNewestFirst");
		}
		if (oldestFirst) {
			return inOrder(slug, (after != null) ? cursor(slug, after, request) : null, request, response, webRequest,
					model);
		}
		if (before != null) {
			return olderEntries(slug, cursor(slug, before, request), request, response, webRequest, model);
		}
		firstPage(slug, request, response, webRequest);
		return null;
	}

	/**
	 * A blog's feed, newest first: served from memory as it was rendered at the blog's latest change,
	 * gzipped for clients that accept it, and answered with a 304 before any work when the reader has it.
	 */
	private void firstPage(String slug, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest) throws IOException {
		firstPage(slug, PageVariant.FEED, request, response, webRequest);
	}

	/**
	 * A blog's embed: its feed's first page for a frame on a partner's site, without the site around it, live
	 * from the same stream. Kept in memory and answered like the feed (the fast path's too), as the blog's
	 * other page, rendered at the same change. Its older entries are the feed's (static/js/embed-reading.js
	 * brings them into the frame).
	 */
	@GetMapping("/live/{slug}/embed")
	void embed(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest) throws IOException {
		firstPage(slug, PageVariant.EMBED, request, response, webRequest);
	}

	private void firstPage(String slug, PageVariant variant, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest) throws IOException {
		KnownBlog known = this.publicBlogs.known(slug);
		if (this.publicBlogs.notModified(known, variant.tag(), webRequest, response)) {
			return;
		}
		RenderedPage page = this.cache.firstPage(slug, variant, known,
				() -> renderFirstPage(slug, variant, request, response));
		FeedResponses.write(page, this.publicBlogs.cacheControl(), request, response);
	}

	/** Older entries, a keyset page at a time (never OFFSET): cheap at any blog size, so not kept. */
	private String olderEntries(String slug, long before, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest, Model model) {
		LiveBlog blog = unlessNotModified(slug, "before-" + before, request, response, webRequest);
		if (blog == null) {
			return null;
		}
		feedModel(blog, pageFrom(blog, () -> this.entries.olderThan(blog.getId(), before, PAGE_SIZE)), false, false,
				model.asMap());
		return "feed/feed";
	}

	/**
	 * The story in order, oldest first ({@code ?order=oldest}), a keyset page at a time ({@code &after=}).
	 * Newest first stays the default.
	 */
	private String inOrder(String slug, Long after, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest, Model model) {
		LiveBlog blog = unlessNotModified(slug, "oldest-" + after, request, response, webRequest);
		if (blog == null) {
			return null;
		}
		EntryPage page = (after != null) ? pageFrom(blog, () -> this.entries.laterThan(blog.getId(), after, PAGE_SIZE))
				: this.entries.oldest(blog.getId(), PAGE_SIZE);
		feedModel(blog, page, false, true, model.asMap());
		model.addAttribute("oldestFirst", true);
		model.addAttribute("firstOfOrder", after == null);
		return "feed/feed";
	}

	/**
	 * A feed's parameters that cannot go together: the error page, in the blog's language, saying which
	 * parameter goes with which order, with a link back to the blog. The blog was found (and its language
	 * chosen) before the request was refused: a handler must not fail, Spring would answer a 500.
	 */
	@ExceptionHandler(FeedRequestRejected.class)
	ModelAndView rejected(FeedRequestRejected rejected) {
		return errorPage(rejected.blog(), HttpStatus.BAD_REQUEST, rejected.getMessage());
	}

	/** A page boundary as the feed's links write it; any other spelling names no entry: the blog's 404. */
	private long cursor(String slug, String text, HttpServletRequest request) {
		Long id = EntryIds.parse(text);
		if (id == null) {
			throw new MissingFromBlog(publicBlog(slug, request), UNKNOWN_CURSOR);
		}
		return id;
	}

	/** A page from a cursor, which may name no entry readers had: the blog's 404, as for a misspelt one. */
	private static EntryPage pageFrom(LiveBlog blog, Supplier<EntryPage> page) {
		try {
			return page.get();
		}
		catch (EntryNotFoundException ex) {
			throw new MissingFromBlog(blog, UNKNOWN_CURSOR);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** The newest entries as an Atom 1.0 feed, versioned like the page by the blog's change number. */
	@GetMapping(path = "/live/{slug}/feed.atom")
	ResponseEntity<String> atom(@PathVariable String slug, HttpServletResponse response, WebRequest webRequest) {
		if (notModified(slug, "atom", response, webRequest)) {
			return null;
		}
		LiveBlog blog = this.publicBlogs.find(slug);
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(AtomFeed.of(blog, this.entries.newest(blog.getId(), PAGE_SIZE).entries(), this.addresses));
	}

	@GetMapping("/live/{slug}/entries/{entryId}")
	String entry(@PathVariable String slug, @PathVariable("entryId") String entryIdText, HttpServletRequest request,
			HttpServletResponse response, WebRequest webRequest, Model model) {
		long entryId = entryIdOf(slug, entryIdText, request);
		LiveBlog blog = unlessNotModified(slug, "entry-" + entryId, request, response, webRequest);
		if (blog == null) {
			return null;
		}
		Entry shown = entryModel(blog, entryId, model);
		model.addAttribute("shareImage", ShareImage.newest(List.of(shown), this.addresses).orElse(null));
		// What search results and share cards show under the title: this update's words, not the blog's summary.
		String words = shown.excerpt(DESCRIPTION_LENGTH);
		model.addAttribute("description", words.isEmpty() ? blog.getSummary() : words);
		// Its neighbours in time, so a reader who came by a shared link can read on either way.
		Neighbours neighbours = this.entries.neighbours(shown);
		model.addAttribute("earlier", PageFormat.neighbour(blog, neighbours.earlier()));
		model.addAttribute("later", PageFormat.neighbour(blog, neighbours.later()));
		return "feed/entry";
	}

	/** A corrected entry's earlier versions, so readers see exactly what changed, when and why. */
	@GetMapping("/live/{slug}/entries/{entryId}/revisions")
	String revisions(@PathVariable String slug, @PathVariable("entryId") String entryIdText,
			HttpServletRequest request, HttpServletResponse response, WebRequest webRequest, Model model) {
		long entryId = entryIdOf(slug, entryIdText, request);
		LiveBlog blog = unlessNotModified(slug, "revisions-" + entryId, request, response, webRequest);
		if (blog == null) {
			return null;
		}
		Entry shown = entryModel(blog, entryId, model);
		List<EntryRevision> revisions = this.entries.revisions(entryId);
		List<RevisionView> views = new ArrayList<>();
		for (int i = 0; i < revisions.size(); i++) {
			EntryRevision revision = revisions.get(i);
			// Newest first: what replaced each version is the one before it in the list, or the current one.
			EntryText next = (i == 0) ? shown.text() : revisions.get(i - 1).text();
			EntryText text = revision.text();
			views.add(new RevisionView(text.headline(), revision.getBodyHtml(), text.keyEvent(),
					blog.printIso(revision.getValidFrom()), PageFormat.time(blog, revision.getValidFrom()),
					blog.printDate(revision.getValidFrom()), PageFormat.time(blog, revision.getReplacedAt()),
					revision.getPublicNote(), text.image(), text.link(), text.photos(), text.post(), text.question(),
					revision.changesTo(next).stream().map(EntryField::formName).toList()));
		}
		model.addAttribute("revisions", views);
		return "feed/revisions";
	}

	/**
	 * A published entry of a public blog, with its blog, into the model. One that readers had and the
	 * editors retracted since is gone for good: a 410 page that says so; anything else, the blog's 404 (see
	 * {@link #missing}).
	 */
	private Entry entryModel(LiveBlog blog, long entryId, Model model) {
		Entry entry = this.entries.findPublished(blog.getId(), entryId).orElseThrow(() -> {
			boolean retracted = this.entries.find(blog.getId(), entryId)
				.filter((withdrawn) -> withdrawn.getStatus() == EntryStatus.RETRACTED && withdrawn.wasPublic())
				.isPresent();
			return retracted ? MissingFromBlog.retracted(blog) : new MissingFromBlog(blog, null);
		});
		model.addAttribute("blog", PageFormat.blog(blog));
		model.addAttribute("entry",
				PageFormat.entry(this.addresses, blog, entry, this.entries.latestNotes(List.of(entryId)).get(entryId)));
		// Where the page's stream resumes from (feed/entry.html).
		model.addAttribute("changeNumber", blog.getChangeSequence());
		return entry;
	}

	/**
	 * Any other address under a public blog's (a link mistyped or cut short): the 404 page in the blog's
	 * language, with the way back to it, as for an entry that never was.
	 */
	@GetMapping("/live/{slug}/**")
	void nothingHere(@PathVariable String slug, HttpServletRequest request) {
		throw new MissingFromBlog(publicBlog(slug, request), null);
	}

	/**
	 * Nothing to show at an address of a public blog, in the blog's language, with the way to the live blog. A
	 * link to a retracted entry (its page, its history) says "the editors removed this update", a 410: nothing
	 * of the entry, and never the retraction's reason, which is for the record only. Anything else is the 404
	 * page, saying what is wrong with the address when that is known.
	 */
	@ExceptionHandler(MissingFromBlog.class)
	ModelAndView missing(MissingFromBlog missing) {
		if (missing.retracted()) {
			ModelAndView page = new ModelAndView("feed/removed", HttpStatus.GONE);
			page.addObject("blog", PageFormat.blog(missing.blog()));
			return page;
		}
		return errorPage(missing.blog(), HttpStatus.NOT_FOUND, missing.problem());
	}

	/** The error page of an address under a blog: in its language (chosen before), with the way back to it. */
	private static ModelAndView errorPage(LiveBlog blog, HttpStatus status, String problem) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("problem", problem);
		page.addObject("blogUrl", PublicAddresses.feedPath(blog.getSlug()));
		return page;
	}

	/** An entry's id in its address; one that names no entry is the blog's 404. */
	private long entryIdOf(String slug, String text, HttpServletRequest request) {
		Long id = EntryIds.parse(text);
		if (id == null) {
			throw new MissingFromBlog(publicBlog(slug, request), null);
		}
		return id;
	}

	/**
	 * Nothing at this address of a public blog (found, and its language chosen), or an entry retracted:
	 * answered by {@link #missing}.
	 */
	private static final class MissingFromBlog extends RuntimeException {

		private final transient LiveBlog blog;

		private final boolean retracted;

		private final String problem;

		/** @param problem the message saying what is wrong with the address, or {@code null} when nothing is known */
		MissingFromBlog(LiveBlog blog, String problem) {
			this(blog, false, problem);
		}

		private MissingFromBlog(LiveBlog blog, boolean retracted, String problem) {
			super(null, null, false, false);
			this.blog = blog;
			this.retracted = retracted;
			this.problem = problem;
		}

		static MissingFromBlog retracted(LiveBlog blog) {
			return new MissingFromBlog(blog, true, null);
		}

		LiveBlog blog() {
			return this.blog;
		}

		boolean retracted() {
			return this.retracted;
		}

		String problem() {
			return this.problem;
		}

	}

	/** A blog's feed, or its embed: the same entries, the same stream; the feed's page alone is for search and sharing. */
	private RenderedPage renderFirstPage(String slug, PageVariant variant, HttpServletRequest request,
			HttpServletResponse response) {
		LiveBlog blog = this.publicBlogs.find(slug);
		PageLanguage.use(request, blog.getLanguage());
		Map<String, Object> model = new HashMap<>();
		EntryPage newest = this.entries.newest(blog.getId(), PAGE_SIZE);
		feedModel(blog, newest, true, false, model);
		String pageUrl = this.addresses.feed(blog.getSlug());
		model.put("pageUrl", pageUrl);
		// The question form sends back into the frame, not to a new tab as the embed's other links go.
		model.put("embedded", variant != PageVariant.FEED);
		if (variant == PageVariant.FEED) {
			model.put("structuredData", StructuredData.liveBlogPosting(blog, newest.entries(), pageUrl, this.addresses));
			model.put("shareImage", ShareImage.newest(newest.entries(), this.addresses).orElse(null));
		}
		byte[] html = this.renderer.render((variant == PageVariant.FEED) ? "feed/feed" : "feed/embed", model,
				blog.getLanguage(), request, response);
		return RenderedPage.of(variant, blog.getId(), blog.getChangeSequence(), html,
				blog.getLanguage().toLanguageTag(), blog.getLastChange().toEpochMilli());
	}

	private void feedModel(LiveBlog blog, EntryPage page, boolean firstPage, boolean oldestFirst,
			Map<String, Object> model) {
		model.put("blog", PageFormat.blog(blog));
		Set<Long> onPage = page.entries().stream().map(Entry::getId).collect(Collectors.toSet());
		List<KeyEventView> keyEvents = PageFormat.keyEvents(blog,
				this.entries.newestKeyEvents(blog.getId(), KEY_EVENTS), onPage);
		// The list reads in the page's own order.
		model.put("keyEvents", oldestFirst ? keyEvents.reversed() : keyEvents);
		Entry pinned = firstPage ? this.entries.findPinned(blog.getId()).orElse(null) : null;
		// Corrections' notes are printed with their entries: one query for the page.
		Set<Long> shown = new HashSet<>(onPage);
		if (pinned != null) {
			shown.add(pinned.getId());
		}
		Map<Long, EntryRevision> notes = this.entries.latestNotes(shown);
		model.put("pinned",
				(pinned != null) ? PageFormat.entry(this.addresses, blog, pinned, notes.get(pinned.getId())) : null);
		model.put("entries", PageFormat.entries(this.addresses, blog, page.entries(), notes));
		model.put("next", page.next());
		model.put("firstPage", firstPage);
		model.put("changeNumber", blog.getChangeSequence());
		// The same for every reader, as the page is: its "shown at" time is when the page was made.
		model.put("questionForm", this.questions.formFor(blog).orElse(null));
	}

	/** A 304 when the reader has the page's current version; either way the answer is briefly cacheable. */
	private boolean notModified(String slug, String variant, HttpServletResponse response, WebRequest webRequest) {
		return this.publicBlogs.notModified(this.publicBlogs.known(slug), variant, webRequest, response);
	}

	/**
	 * The public blog for a page made from its content, or {@code null} when the reader has the page's
	 * current version: then it was answered with a 304, before any query.
	 */
	private LiveBlog unlessNotModified(String slug, String variant, HttpServletRequest request,
			HttpServletResponse response, WebRequest webRequest) {
		if (notModified(slug, variant, response, webRequest)) {
			return null;
		}
		return publicBlog(slug, request);
	}

	private LiveBlog publicBlog(String slug, HttpServletRequest request) {
		LiveBlog blog = this.publicBlogs.find(slug);
		PageLanguage.use(request, blog.getLanguage());
		return blog;
	}

}
