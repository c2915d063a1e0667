package news.liveblog.blog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LiveBlogRepository extends Repository<LiveBlog, Long> {

	LiveBlog saveAndFlush(LiveBlog blog);

	Optional<LiveBlog> findById(long id);

	Optional<LiveBlog> findBySlug(String slug);

	boolean existsBySlug(String slug);

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

}
