package news.liveblog.entry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EntryRepository extends Repository<Entry, Long> {

	Entry save(Entry entry);

	void delete(Entry entry);

	void flush();

	Optional<Entry> findByIdAndLiveBlogId(long id, long liveBlogId);

	/**
	 * The entry, its row locked until the transaction ends: a correction merges with the version it reads,
	 * so no other save may come between its read and its write.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Entry e where e.id = :id and e.liveBlogId = :liveBlogId")
	Optional<Entry> lockByIdAndLiveBlogId(long id, long liveBlogId);

	Optional<Entry> findByIdAndLiveBlogIdAndStatus(long id, long liveBlogId, EntryStatus status);

	Optional<Entry> findBySubmissionToken(UUID submissionToken);

	/**
	 * Holds the submission token's lock until the transaction ends. The same form sent twice at once (a double
	 * click that the load balancer spreads over two instances) is then written by one transaction while the
	 * other waits, and finds the entry once it may go on, instead of failing on the token's unique constraint.
	 */
	@Query(nativeQuery = true,
			value = "select true from pg_advisory_xact_lock(hashtextextended('liveblog-submission:' || :token, 0))")
	boolean lockSubmission(String token);

	/**
	 * The editor's published entries of a blog written since the given time with exactly this headline (empty
	 * for none) and body, newest first: a few rows of one blog's recent entries at most.
	 */
	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.authorId = :authorId
			  and e.status = news.liveblog.entry.EntryStatus.PUBLISHED and e.createdAt >= :since
			  and coalesce(e.text.headline, '') = :headline and e.text.body = :body
			  and (e.submissionToken is null or e.submissionToken <> :submissionToken)
			order by e.createdAt desc
			""")
	List<Entry> findRecentTwins(long liveBlogId, long authorId, Instant since, String headline, String body,
			UUID submissionToken, Limit limit);

	Optional<Entry> findByLiveBlogIdAndPinnedTrueAndStatus(long liveBlogId, EntryStatus status);

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

	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			order by e.publishedAt, e.id
			""")
	List<Entry> findOldestPublished(long liveBlogId, Limit limit);

	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			  and (e.publishedAt, e.id) > (:publishedAt, :id)
			order by e.publishedAt, e.id
			""")
	List<Entry> findPublishedAfter(long liveBlogId, Instant publishedAt, long id, Limit limit);

	/** A blog's newest published key events, from the top of the entry_key_events index. */
	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			  and e.text.keyEvent = true
			order by e.publishedAt desc, e.id desc
			""")
	List<Entry> findNewestKeyEvents(long liveBlogId, Limit limit);

	/** Every entry of a blog whatever its status, as the back office lists them: upcoming and newest first. */
	@Query("""
			select e from Entry e where e.liveBlogId = :liveBlogId
			order by coalesce(e.publishedAt, e.createdAt) desc, e.id desc
			""")
	List<Entry> findForBackOffice(long liveBlogId, Limit limit);

	@Query("""
			select e from Entry e
			where e.liveBlogId = :liveBlogId and e.status = news.liveblog.entry.EntryStatus.SUBMITTED
			order by e.submittedAt, e.id
			""")
	List<Entry> findReviewQueue(long liveBlogId, Limit limit);

	@Query("""
			select new news.liveblog.entry.ReviewQueueLength(e.liveBlogId, count(e)) from Entry e
			where e.liveBlogId in :liveBlogIds and e.status = news.liveblog.entry.EntryStatus.SUBMITTED
			group by e.liveBlogId
			""")
	List<ReviewQueueLength> countWaitingForReview(Collection<Long> liveBlogIds);

	@Query("""
			select e from Entry e
			where e.authorId = :authorId and e.liveBlogId = :liveBlogId and e.submittedAt is not null
			order by e.submittedAt desc, e.id desc
			""")
	List<Entry> findSubmissionsBy(long liveBlogId, long authorId, Limit limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Entry e set e.pinned = false, e.updatedAt = :now where e.liveBlogId = :liveBlogId and e.pinned = true")
	int unpinAll(long liveBlogId, Instant now);

	/**
	 * Due scheduled entries, locked for this transaction; rows another instance is publishing right now are
	 * skipped rather than waited for, so several instances can run the job at once.
	 */
	@Query(nativeQuery = true, value = """
			select id from entry where status = 'SCHEDULED' and published_at <= :now
			order by published_at, id limit :limit for update skip locked
			""")
	List<Long> lockDueScheduled(Instant now, int limit);

	List<Entry> findAllByIdIn(Collection<Long> ids);

	/**
	 * Published entries and the latest change, per blog, of any entry and of those readers have or had
	 * ({@link EntryVisibility#WAS_PUBLIC}): the dashboard's figures.
	 */
	@Query("""
			select new news.liveblog.entry.EntryStatistics(e.liveBlogId,
			  sum(case when e.status = news.liveblog.entry.EntryStatus.PUBLISHED then 1 else 0 end), max(e.updatedAt),
			  max(case when e.status = news.liveblog.entry.EntryStatus.PUBLISHED
			    or (e.status = news.liveblog.entry.EntryStatus.RETRACTED and e.publishedAt <= e.retractedAt)
			    then e.updatedAt end))
			from Entry e where e.liveBlogId in :liveBlogIds group by e.liveBlogId
			""")
	List<EntryStatistics> statistics(Collection<Long> liveBlogIds);

}
