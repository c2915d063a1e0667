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

	/** The version that held at the given row version: the latest saved at or before it. */
	Optional<EntryVersion> findFirstByEntryIdAndVersionLessThanEqualOrderByVersionDesc(long entryId, long version);

	Optional<EntryVersion> findFirstByEntryIdOrderByVersionDesc(long entryId);

	/** The versions saved after the given row version, oldest first. */
	List<EntryVersion> findByEntryIdAndVersionGreaterThanOrderByVersion(long entryId, long version);

}
