package news.liveblog.blog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import news.liveblog.account.Actor;

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

	public boolean exists(String slug) {
		return this.repository.existsBySlug(slug);
	}

	/**
	 * @throws SlugTakenException when another blog has the slug
	 */
	@Transactional
	public LiveBlog open(LiveBlogSettings settings, Actor by) {
		if (this.repository.existsBySlug(settings.slug())) {
			throw new SlugTakenException(settings.slug());
		}
		LiveBlog blog = saveUniquely(new LiveBlog(settings, this.clock.instant()));
		this.events.publishEvent(new LiveBlogChanged(blog.getId(), LiveBlogChanged.Change.OPENED, by));
		return blog;
	}

	/**
	 * @param expectedVersion the version the admin started from
	 * @throws LiveBlogConflictException when someone else saved the blog since that version
	 * @throws SlugTakenException when another blog has the new slug
	 */
	@Transactional
	public LiveBlog update(String slug, long expectedVersion, LiveBlogSettings settings, Actor by) {
		LiveBlog blog = this.repository.findBySlug(slug).orElseThrow();
		if (blog.getVersion() != expectedVersion) {
			throw new LiveBlogConflictException(slug);
		}
		if (!slug.equals(settings.slug()) && this.repository.existsBySlug(settings.slug())) {
			throw new SlugTakenException(settings.slug());
		}
		LiveBlogSettings before = blog.settings();
		blog.apply(settings, this.clock.instant());
		blog = saveUniquely(blog);
		// Field by field, so the audit trail can say what changed, not only that something did.
		this.events.publishEvent(new LiveBlogChanged(blog.getId(), LiveBlogChanged.Change.UPDATED, by,
				SettingChange.between(before, blog.settings())));
		return blog;
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
