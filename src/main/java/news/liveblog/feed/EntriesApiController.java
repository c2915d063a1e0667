package news.liveblog.feed;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryPage;
import news.liveblog.feed.EntryPageJson.BlogJson;
import news.liveblog.feed.PublicPageCache.KnownBlog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A public blog's published entries as JSON, newest first, a keyset page at a time: {@code ?before=} takes
 * an entry id, as the feed's "older updates" links do, so a page costs the same however long the blog is.
 * Versioned like the page by the blog's change number: a client that has the current answer gets a 304
 * before any query.
 */
@RestController
class EntriesApiController {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	static final String PATH = "/api/live/{slug}/entries";

	// Digits only: Integer.parseInt would also take "+20", and a huge number must be a 400, not an overflow.
	private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");

	private final PublicBlogs publicBlogs;

	private final Entries entries;

	private final PublicAddresses addresses;

	EntriesApiController(PublicBlogs publicBlogs, Entries entries, PublicAddresses addresses) {
		this.publicBlogs = publicBlogs;
		this.entries = entries;
		this.addresses = addresses;
	}

	/**
	 * The parameters are taken as text and checked here, so that a bad one gets a 400 that says what is
	 * wrong with it (the pages answer a malformed id with their 404 page instead).
	 */
	@GetMapping(PATH)
	ResponseEntity<EntryPageJson> entries(@PathVariable String slug,
			@RequestParam(name = "before", required = false) String beforeParam,
			@RequestParam(name = "limit", required = false) String limitParam, WebRequest webRequest,
			HttpServletResponse response) {
		int limit = limit(limitParam);
		Long before = before(beforeParam);
		KnownBlog known = this.publicBlogs.known(slug);
		if (this.publicBlogs.notModified(known, "api-" + before + "-" + limit, webRequest, response)) {
			return null;
		}
		LiveBlog blog = this.publicBlogs.find(slug);
		EntryPage page = page(blog, before, limit);
		String next = (page.next() != null) ? this.addresses.apiEntries(blog.getSlug(), page.next(), limit) : null;
		EntryPageJson body = new EntryPageJson(
				new BlogJson(blog.getSlug(), blog.getTitle(), blog.getSummary(), blog.getLanguage().toLanguageTag(),
						blog.getStatus().name(), this.addresses.feed(blog.getSlug())),
				page.entries().stream().map((entry) -> EntryJson.of(blog, entry, this.addresses)).toList(),
				(before == null) ? this.entries.findPinned(blog.getId())
					.map((entry) -> EntryJson.of(blog, entry, this.addresses))
					.orElse(null) : null,
				page.next(), next);
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (next != null) {
			ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return ok.body(body);
	}

	private EntryPage page(LiveBlog blog, Long before, int limit) {
		if (before == null) {
			return this.entries.newest(blog.getId(), limit);
		}
		try {
			return this.entries.olderThan(blog.getId(), before, limit);
		}
		catch (EntryNotFoundException ex) {
			throw new ApiRequestRejected("before",
					"before must be the id of a published entry of this blog, as given in nextBefore; "
							+ before + " is not one");
		}
	}

	private static int limit(String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		int limit = LIMIT.matcher(value).matches() ? Integer.parseInt(value) : -1;
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ApiRequestRejected("limit",
					"limit must be a whole number from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
		}
		return limit;
	}

	private static Long before(String value) {
		if (value == null) {
			return null;
		}
		Long before = EntryIds.parse(value);
		if (before == null) {
			throw new ApiRequestRejected("before",
					"before must be the id of a published entry of this blog in plain decimal digits, as given in nextBefore");
		}
		return before;
	}

}
