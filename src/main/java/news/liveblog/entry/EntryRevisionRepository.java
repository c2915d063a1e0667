package news.liveblog.entry;

import java.util.List;

import org.springframework.data.repository.Repository;

interface EntryRevisionRepository extends Repository<EntryRevision, Long> {

	EntryRevision save(EntryRevision revision);

	/** Newest first: the version the latest correction replaced comes first. */
	List<EntryRevision> findByEntryIdOrderByIdDesc(long entryId);

}
