package news.liveblog.entry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EntryRevisionRepository extends Repository<EntryRevision, Long> {

	EntryRevision save(EntryRevision revision);

	@Modifying
	@Query("delete from EntryRevision r where r.entryId = :entryId")
	void deleteByEntryId(long entryId);

	/** The reader's question forgotten in every kept revision: the quote was removed from the entry. */
	@Modifying(flushAutomatically = true)
	@Query(value = "update entry_revision set question_text = null, question_asked_by = null where entry_id = :entryId", nativeQuery = true)
	void forgetQuestion(long entryId);

	/** Newest first: the version the latest correction replaced comes first. */
	List<EntryRevision> findByEntryIdOrderByIdDesc(long entryId);

	/** For each of these entries, its latest revision that came with a public note: along entry_revision_of_entry. */
	@Query(value = """
			select distinct on (entry_id) * from entry_revision
			where entry_id in (:entryIds) and public_note is not null
			order by entry_id, id desc""", nativeQuery = true)
	List<EntryRevision> findLatestNoted(Collection<Long> entryIds);

}
