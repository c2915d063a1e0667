package news.liveblog.blog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import news.liveblog.account.Actor;
import news.liveblog.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live blogs: what readers may see of them, opening new ones and changing their settings.
 */
@Service
@Transactional(readOnly = true)
public class LiveBlogs {

	/** The front page lists at most this many blogs; older ones stay reachable by their URL. */
	static final int PUBLIC_LISTING_SIZE = 50;

	private final LiveBlogRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveBlogs(LiveBlogRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** The blogs readers can see, live ones first, then the most recent. */
	public List<LiveBlog> publicListing() {
		return this.repository.findPublicListing(Limit.of(PUBLIC_LISTING_SIZE));
	}

	/**
	 * Every blog readers can see, up to {@code max}: unlike the front page's listing, old ones too (for
	 * search engines' sitemap).
	 */
	public List<LiveBlog> allPublic(int max) {
		return this.repository.findAllPublic(Limit.of(max));
	}

	/** Every blog, drafts included, live ones first: the back office's list. */
	public List<LiveBlog> all() {
		return this.repository.findAllForBackOffice();
	}

	/** The blogs live or in preparation, in no particular order: not the ended ones, however many there are. */
	public List<LiveBlog> liveOrDraft() {
		return this.repository.findAllNotEnded();
	}

	/** A blog readers can see; drafts are as absent as unknown slugs. */
	public Optional<LiveBlog> findPublic(String slug) {
		return this.repository.findBySlug(slug).filter((blog) -> blog.getStatus().isPublic());
	}

	public Optional<LiveBlog> find(long id) {
		return this.repository.findById(id);
	}

	public Optional<LiveBlog> find(String slug) {
		return this.repository.findBySlug(slug);
	}

	/**
	 * The blog a back-office address names, by its slug or by one it had before: an editor's page opened
	 * before an admin gave the blog a new address still sends to the old one, and what it sends must reach the
	 * blog, not a 404 (no other blog can take a former address, so it names this one only).
	 * @throws NotFoundException when no blog has or had the slug
	 */
	public LiveBlog forDesk(String slug) {
		return this.repository.findBySlug(slug)
			.or(() -> this.repository.findByFormerSlug(slug))
			.orElseThrow(() -> new NotFoundException("No live blog " + slug));
	}

	public boolean exists(String slug) {
		return this.repository.existsBySlug(slug);
	}

	/**
	 * The public blog that lived at this address before it moved, for old links to redirect to; a draft's
	 * new address is as secret as the draft.
	 */
	public Optional<LiveBlog> findPublicMovedFrom(String formerSlug) {
		return this.repository.findByFormerSlug(formerSlug).filter((blog) -> blog.getStatus().isPublic());
	}

	/** The addresses a blog had before its current one, the latest first: each redirects to it. */
	public List<String> formerSlugs(long liveBlogId) {
		return this.repository.findFormerSlugs(liveBlogId);
	}

	/**
	 * @throws SlugTakenException when another blog has the slug
	 * @throws SlugUsedBeforeException when another blog had it before
	 */
	@Transactional
	public LiveBlog open(LiveBlogSettings settings, Actor by) {
		this.repository.lockSlug(settings.slug());
		if (this.repository.existsBySlug(settings.slug())) {
			throw new SlugTakenException(settings.slug());
		}
		if (this.repository.findByFormerSlug(settings.slug()).isPresent()) {
			throw new SlugUsedBeforeException(settings.slug());
		}
		LiveBlog blog = saveUniquely(new LiveBlog(settings, this.clock.instant()));
		this.events.publishEvent(new LiveBlogChanged(blog.getId(), LiveBlogChanged.Change.OPENED, by));
		return blog;
	}

	/**
	 * @param expectedVersion the version the admin started from
	 * @throws LiveBlogConflictException when someone else saved the blog since that version
	 * @throws SlugTakenException when another blog has the new slug
	 * @throws SlugUsedBeforeException when another blog had the new slug before
	 */
	@Transactional
	public LiveBlog update(String slug, long expectedVersion, LiveBlogSettings settings, Actor by) {
		boolean moving = !slug.equals(settings.slug());
		if (moving) {
			// Both addresses, always in the same order: two admins swapping addresses never deadlock.
			Stream.of(slug, settings.slug()).sorted().forEach(this.repository::lockSlug);
		}
		LiveBlog blog = this.repository.findBySlug(slug).orElseThrow();
		if (blog.getVersion() != expectedVersion) {
			throw new LiveBlogConflictException(slug);
		}
		Instant now = this.clock.instant();
		if (moving) {
			if (this.repository.existsBySlug(settings.slug())) {
				throw new SlugTakenException(settings.slug());
			}
			Optional<LiveBlog> formerOwner = this.repository.findByFormerSlug(settings.slug());
			if (formerOwner.isPresent() && !formerOwner.get().getId().equals(blog.getId())) {
				throw new SlugUsedBeforeException(settings.slug());
			}
			// Its old address redirects from now on; one of its own former ones is its address again.
			this.repository.removeFormerSlug(settings.slug(), blog.getId());
			this.repository.addFormerSlug(slug, blog.getId(), now);
		}
		LiveBlogSettings before = blog.settings();
		blog.apply(settings, now);
		blog = saveUniquely(blog);
		// Field by field, so the audit trail can say what changed, not only that something did.
		this.events.publishEvent(new LiveBlogChanged(blog.getId(), LiveBlogChanged.Change.UPDATED, by,
				SettingChange.between(before, blog.settings())));
		return blog;
	}

	/**
	 * Opens a blog to readers' questions or closes it: its public page then shows the form or not (the change
	 * is told as the blog's, so the page is made again). Says whether anything changed.
	 */
	@Transactional
	public boolean takeQuestions(long liveBlogId, boolean open, Actor by) {
		if (this.repository.takeQuestions(liveBlogId, open) == 0) {
			return false;
		}
		this.events.publishEvent(new LiveBlogChanged(liveBlogId, LiveBlogChanged.Change.UPDATED, by,
				List.of(new SettingChange(SettingChange.Setting.QUESTIONS, Boolean.toString(!open),
						Boolean.toString(open)))));
		return true;
	}

	private LiveBlog saveUniquely(LiveBlog blog) {
		try {
			return this.repository.saveAndFlush(blog);
		}
		catch (DataIntegrityViolationException ex) {
			// Taken by someone else between the check and the write.
			throw new SlugTakenException(blog.getSlug());
		}
	}

}
