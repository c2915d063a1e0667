package news.liveblog.entry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EntryVersionRepository extends Repository<EntryVersion, Long> {

	EntryVersion save(EntryVersion version);

	/** The version that held at the given row version: the latest saved at or before it. */
	Optional<EntryVersion> findFirstByEntryIdAndVersionLessThanEqualOrderByVersionDesc(long entryId, long version);

	Optional<EntryVersion> findFirstByEntryIdOrderByVersionDesc(long entryId);

	/** The versions saved after the given row version, oldest first. */
	List<EntryVersion> findByEntryIdAndVersionGreaterThanOrderByVersion(long entryId, long version);

}
