package news.liveblog.blog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LiveBlogRepository extends Repository<LiveBlog, Long> {

	LiveBlog saveAndFlush(LiveBlog blog);

	Optional<LiveBlog> findById(long id);

	Optional<LiveBlog> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Says whether it changed anything: opening a blog already open is no change. */
	@Modifying
	@Query(value = "update live_blog set takes_questions = :open where id = :id and takes_questions <> :open",
			nativeQuery = true)
	int takeQuestions(long id, boolean open);

	@Query("""
			select b from LiveBlog b
			where b.status <> news.liveblog.blog.LiveBlogStatus.DRAFT
			order by case when b.status = news.liveblog.blog.LiveBlogStatus.LIVE then 0 else 1 end,
			         coalesce(b.coverageStart, b.createdAt) desc, b.id desc
			""")
	List<LiveBlog> findPublicListing(Limit limit);

	/** Every blog readers can see, oldest first, whatever its status. */
	@Query("""
			select b from LiveBlog b where b.status <> news.liveblog.blog.LiveBlogStatus.DRAFT order by b.id
			""")
	List<LiveBlog> findAllPublic(Limit limit);

	@Query("""
			select b from LiveBlog b
			order by case b.status when news.liveblog.blog.LiveBlogStatus.LIVE then 0
			                       when news.liveblog.blog.LiveBlogStatus.DRAFT then 1 else 2 end,
			         b.updatedAt desc, b.id desc
			""")
	List<LiveBlog> findAllForBackOffice();

	/** The blogs under way or in preparation: not the ended ones, which only ever grow in number. */
	@Query("select b from LiveBlog b where b.status <> news.liveblog.blog.LiveBlogStatus.ENDED")
	List<LiveBlog> findAllNotEnded();

	// Former addresses (live_blog_former_slug): old links redirect; no other blog takes one.

	/**
	 * Until the transaction ends, nobody else opens or renames a blog to this address: the checks that
	 * it is free (as a blog's address, as a former one) and the write then see the same thing.
	 */
	@Query(nativeQuery = true,
			value = "select true from pg_advisory_xact_lock(hashtextextended('liveblog-slug:' || :slug, 0))")
	boolean lockSlug(String slug);

	/** The blog that had this address before its current one, if any. */
	@Query(nativeQuery = true, value = """
			select b.* from live_blog b join live_blog_former_slug f on f.live_blog_id = b.id where f.slug = :slug
			""")
	Optional<LiveBlog> findByFormerSlug(String slug);

	@Query(nativeQuery = true,
			value = "select slug from live_blog_former_slug where live_blog_id = :liveBlogId order by replaced_at desc, slug")
	List<String> findFormerSlugs(long liveBlogId);

	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			insert into live_blog_former_slug (slug, live_blog_id, replaced_at) values (:slug, :liveBlogId, :replacedAt)
			""")
	int addFormerSlug(String slug, long liveBlogId, Instant replacedAt);

	/** A blog taking back one of its own former addresses: it is its current one again. */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true,
			value = "delete from live_blog_former_slug where slug = :slug and live_blog_id = :liveBlogId")
	int removeFormerSlug(String slug, long liveBlogId);

}
