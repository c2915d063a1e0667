package news.liveblog.entry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EntryVersionRepository extends Repository<EntryVersion, Long> {

	EntryVersion save(EntryVersion version);

	@Modifying
	@Query("delete from EntryVersion v where v.entryId = :entryId")
	void deleteByEntryId(long entryId);

	/** The reader's question forgotten in every kept version: the quote was removed from the entry. */
	@Modifying(flushAutomatically = true)
	@Query(value = "update entry_version set question_text = null, question_asked_by = null where entry_id = :entryId", nativeQuery = true)
	void forgetQuestion(long entryId);

	/** The version that held at the given row version: the latest saved at or before it. */
	Optional<EntryVersion> findFirstByEntryIdAndVersionLessThanEqualOrderByVersionDesc(long entryId, long version);

	Optional<EntryVersion> findFirstByEntryIdOrderByVersionDesc(long entryId);

	/** The versions saved after the given row version, oldest first. */
	List<EntryVersion> findByEntryIdAndVersionGreaterThanOrderByVersion(long entryId, long version);

}
