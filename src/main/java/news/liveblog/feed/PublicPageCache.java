package news.liveblog.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import news.liveblog.blog.LiveBlog;
import news.liveblog.feed.fastpath.CurrentFeedPages;
import news.liveblog.feed.fastpath.PageVariant;
import news.liveblog.feed.fastpath.RenderedPage;
import news.liveblog.live.LiveBlogChangeCommitted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What this instance knows of each public blog without asking the database: its latest change number,
 * and its feed's first page as rendered at that number, as bytes (and gzipped); the same for its embed
 * ({@link PageVariant#EMBED}), a page of its own, known, invalidated and rendered the same way.
 * <p>
 * The change number is the page's version: a request whose ETag names it gets a 304 before any query,
 * and a page rendered at an older number is never served as current. Each committed change (told by
 * LISTEN/NOTIFY, from whichever instance made it) makes the next request render the page once, however
 * many readers arrive together.
 */
@Component
class PublicPageCache implements CurrentFeedPages {

	/** Each blog's feed, and its embed once asked for: two entries of the same blog, changed together. */
	private final Map<PageKey, KnownBlog> blogs = new ConcurrentHashMap<>();

	private final AtomicLong renders = new AtomicLong();

	/** Who went to render a blog's page after a change that only added entries, and when. */
	private final Map<PageKey, RenderClaim> renderClaims = new ConcurrentHashMap<>();

	private static final long RENDER_CLAIM_NANOS = TimeUnit.SECONDS.toNanos(3);

	// Counted on the hot path by every request, from many threads at once: adders, not one contended atomic.
	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	/** What is known of a blog, if anything: no database needed. */
	Optional<KnownBlog> known(String slug) {
		return Optional.ofNullable(this.blogs.get(new PageKey(slug, PageVariant.FEED)));
	}

	/**
	 * Learns a blog from the database, unless a newer change of it is known already. What was known of
	 * it under another slug is forgotten: it moved, and its old address now redirects.
	 */
	KnownBlog learn(LiveBlog blog) {
		this.blogs.entrySet()
			.removeIf((known) -> known.getValue().blogId() == blog.getId()
					&& !known.getKey().slug().equals(blog.getSlug()));
		return this.blogs.merge(new PageKey(blog.getSlug(), PageVariant.FEED),
				new KnownBlog(blog.getId(), blog.getChangeSequence(), null),
				(known, learned) -> (learned.seq() > known.seq()) ? learned : known);
	}

	void forget(String slug) {
		for (PageVariant variant : PageVariant.values()) {
			this.blogs.remove(new PageKey(slug, variant));
		}
	}

	/**
	 * The blog's feed page at its current change number: the cached one, or one rendered now by the
	 * first request to need it while the others wait for it.
	 * @param learned what the caller knows of the blog, in case this cache has forgotten it since
	 */
	RenderedPage firstPage(String slug, KnownBlog learned, Supplier<RenderedPage> render) {
		return firstPage(slug, PageVariant.FEED, learned, render);
	}

	/** As {@link #firstPage(String, KnownBlog, Supplier)}, for either page of the blog. */
	RenderedPage firstPage(String slug, PageVariant variant, KnownBlog learned, Supplier<RenderedPage> render) {
		PageKey page = new PageKey(slug, variant);
		CompletableFuture<RenderedPage>[] mine = new CompletableFuture[1];
		KnownBlog known = this.blogs.compute(page, (key, current) -> {
			if (current != null && current.firstPage() != null && !current.firstPage().isCompletedExceptionally()) {
				return current;
			}
			mine[0] = new CompletableFuture<>();
			// Forgotten meanwhile (a reconnect clears everything): start again from what the caller learned,
			// never from nothing, or later changes of this blog would not be recognised as its own. What the
			// caller learned is of the feed: its page before is never the embed's.
			KnownBlog base = (current != null) ? current : learned;
			RenderedPage previous = (current != null || variant == PageVariant.FEED) ? base.previous() : null;
			return new KnownBlog(base.blogId(), base.seq(), mine[0], previous);
		});
		if (mine[0] != null) {
			try {
				RenderedPage rendered = render.get();
				this.renders.incrementAndGet();
				mine[0].complete(rendered);
				// Keep it only while no newer change is known; else the next request renders again.
				this.blogs.computeIfPresent(page, (key, current) -> (current.firstPage() == mine[0]
						&& rendered.seq() < current.seq())
								? new KnownBlog(current.blogId(), current.seq(), null, current.previous()) : current);
				learnSeq(page, rendered);
			}
			catch (RuntimeException ex) {
				mine[0].completeExceptionally(ex);
				this.blogs.computeIfPresent(page,
						(key, current) -> (current.firstPage() == mine[0]) ? null : current);
				throw ex;
			}
		}
		return known.firstPage().join();
	}

	/**
	 * The blog's feed page if it is rendered at the latest change known here, or, while that page renders
	 * after changes that only added entries, the page before them; {@code null} otherwise.
	 */
	RenderedPage current(String slug) {
		return current(slug, PageVariant.FEED);
	}

	/** As {@link #current(String)}, for either page of the blog. */
	RenderedPage current(String slug, PageVariant variant) {
		PageKey key = new PageKey(slug, variant);
		KnownBlog known = this.blogs.get(key);
		if (known == null) {
			return null;
		}
		RenderedPage page = known.rendered();
		if (page == null && known.previous() != null) {
			// Only entries were added since the page before: serve it while the new one renders. The first to
			// ask after the change is told to go and render it (null); everyone else gets the page before at
			// once, rather than piling up behind that render.
			return (known.rendering() || !claimRender(key, known.seq())) ? known.previous() : null;
		}
		return page;
	}

	/**
	 * Whether the caller is the one to render the page at change {@code seq}. A claim older than a few
	 * seconds may be taken again, in case the request that took it never got to render.
	 */
	private boolean claimRender(PageKey page, long seq) {
		long now = System.nanoTime();
		boolean[] mine = new boolean[1];
		this.renderClaims.compute(page, (key, claim) -> {
			if (claim == null || claim.seq() != seq || now - claim.at() > RENDER_CLAIM_NANOS) {
				mine[0] = true;
				return new RenderClaim(seq, now);
			}
			return claim;
		});
		return mine[0];
	}

	/**
	 * The page for a request of the fast path, as {@link #current(String, PageVariant)}, counted as a hit when
	 * there is one in memory and as a miss when the request has to go on to the application.
	 */
	@Override
	public RenderedPage serve(String slug, PageVariant variant) {
		RenderedPage page = current(slug, variant);
		((page != null) ? this.hits : this.misses).increment();
		return page;
	}

	/** How many feed pages this instance rendered: once per change, not once per reader. */
	long renders() {
		return this.renders.get();
	}

	/** How many feed page requests the fast path answered from memory. */
	long hits() {
		return this.hits.sum();
	}

	/** How many feed page requests the fast path had to pass on: no page of the blog was current in memory. */
	long misses() {
		return this.misses.sum();
	}

	@EventListener
	void on(LiveBlogChangeCommitted change) {
		if (change.liveBlogId() == null) {
			this.blogs.clear();
			return;
		}
		this.blogs.replaceAll((page, known) -> (known.blogId() == change.liveBlogId() && change.seq() > known.seq())
				? new KnownBlog(known.blogId(), change.seq(), null, change.additive() ? lastGood(known) : null) : known);
	}

	/** The newest page of a blog that is still right as far as it goes. */
	private static RenderedPage lastGood(KnownBlog known) {
		RenderedPage rendered = known.rendered();
		return (rendered != null) ? rendered : known.previous();
	}

	private void learnSeq(PageKey key, RenderedPage page) {
		this.blogs.computeIfPresent(key, (known, current) -> (page.seq() > current.seq())
				? new KnownBlog(current.blogId(), page.seq(), current.firstPage(), current.previous()) : current);
	}

	private record RenderClaim(long seq, long at) {
	}

	/** One of a blog's pages kept here: its feed, or its embed. */
	private record PageKey(String slug, PageVariant variant) {
	}

	/**
	 * @param seq the blog's latest change number known here
	 * @param firstPage its feed's first page, being or having been rendered; {@code null} when out of date
	 * @param previous an earlier page that may be served while the current one renders, because every change
	 * since it only added entries (readers' live streams bring those); {@code null} after any other change
	 */
	record KnownBlog(long blogId, long seq, CompletableFuture<RenderedPage> firstPage, RenderedPage previous) {

		KnownBlog(long blogId, long seq, CompletableFuture<RenderedPage> firstPage) {
			this(blogId, seq, firstPage, null);
		}

		/** The page rendered at this blog's current change, if it is done. */
		RenderedPage rendered() {
			if (this.firstPage == null || !this.firstPage.isDone() || this.firstPage.isCompletedExceptionally()) {
				return null;
			}
			RenderedPage page = this.firstPage.join();
			return (page.seq() == this.seq) ? page : null;
		}

		boolean rendering() {
			return this.firstPage != null && !this.firstPage.isDone();
		}

	}

}
