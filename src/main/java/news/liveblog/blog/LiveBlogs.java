package news.liveblog.blog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live blogs: what readers may see of them, and opening new ones.
 */
@Service
@Transactional(readOnly = true)
public class LiveBlogs {

	/** The front page lists at most this many blogs; older ones stay reachable by their URL. */
	static final int PUBLIC_LISTING_SIZE = 50;

	private final LiveBlogRepository repository;

	private final Clock clock;

	LiveBlogs(LiveBlogRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The blogs readers can see, live ones first, then the most recent. */
	public List<LiveBlog> publicListing() {
		return this.repository.findPublicListing(Limit.of(PUBLIC_LISTING_SIZE));
	}

	/** A blog readers can see; drafts are as absent as unknown slugs. */
	public Optional<LiveBlog> findPublic(String slug) {
		return this.repository.findBySlug(slug).filter((blog) -> blog.getStatus().isPublic());
	}

	public Optional<LiveBlog> find(String slug) {
		return this.repository.findBySlug(slug);
	}

	public boolean exists(String slug) {
		return this.repository.existsBySlug(slug);
	}

	@Transactional
	public LiveBlog open(NewLiveBlog blog) {
		return this.repository.save(new LiveBlog(blog.slug(), blog.title(), blog.summary(), blog.language(),
				blog.timeZone(), blog.status(), blog.coverageStart(), blog.coverageEnd(), this.clock.instant()));
	}

}
