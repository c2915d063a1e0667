package news.liveblog.entry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EntryRepository extends Repository<Entry, Long> {

	Entry save(Entry entry);

	Optional<Entry> findByIdAndLiveBlogId(long id, long liveBlogId);

	Optional<Entry> findByIdAndLiveBlogIdAndStatus(long id, long liveBlogId, EntryStatus status);

	// Both feed queries walk the entry_feed index from its start or from a cursor: the cost of a page
	// does not grow with the blog (no OFFSET, no count).

	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			order by e.publishedAt desc, e.id desc
			""")
	List<Entry> findNewestPublished(long liveBlogId, Limit limit);

	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			  and (e.publishedAt, e.id) < (:publishedAt, :id)
			order by e.publishedAt desc, e.id desc
			""")
	List<Entry> findPublishedBefore(long liveBlogId, Instant publishedAt, long id, Limit limit);

}
