package news.liveblog.entry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A blog's entries: publishing them and reading them back in feed order.
 */
@Service
@Transactional(readOnly = true)
public class Entries {

	private final EntryRepository repository;

	private final EntryBodyRenderer bodyRenderer;

	private final Clock clock;

	Entries(EntryRepository repository, EntryBodyRenderer bodyRenderer, Clock clock) {
		this.repository = repository;
		this.bodyRenderer = bodyRenderer;
		this.clock = clock;
	}

	/** The newest published entries of a blog. */
	public EntryPage newest(long liveBlogId, int pageSize) {
		return page(this.repository.findNewestPublished(liveBlogId, Limit.of(pageSize + 1)), pageSize);
	}

	/**
	 * The published entries that come after (are older than) the given one in the feed. The cursor
	 * entry itself may have been retracted since the reader got the link: its place still counts.
	 * @throws EntryNotFoundException when the cursor is no entry of that blog
	 */
	public EntryPage olderThan(long liveBlogId, long entryId, int pageSize) {
		Entry cursor = this.repository.findByIdAndLiveBlogId(entryId, liveBlogId)
			.filter((entry) -> entry.getPublishedAt() != null)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		return page(this.repository.findPublishedBefore(liveBlogId, cursor.getPublishedAt(), cursor.getId(),
				Limit.of(pageSize + 1)), pageSize);
	}

	public Optional<Entry> findPublished(long liveBlogId, long entryId) {
		return this.repository.findByIdAndLiveBlogIdAndStatus(entryId, liveBlogId, EntryStatus.PUBLISHED);
	}

	@Transactional
	public Entry publish(long liveBlogId, NewEntry entry) {
		String headline = (entry.headline() == null || entry.headline().isBlank()) ? null : entry.headline().strip();
		return this.repository.save(new Entry(liveBlogId, headline, entry.bodyMarkdown(),
				this.bodyRenderer.render(entry.bodyMarkdown()), entry.authorName(), entry.publishedAt(),
				this.clock.instant()));
	}

	/** One more row than a page is read, so the last page is known without counting. */
	private static EntryPage page(List<Entry> rows, int pageSize) {
		if (rows.size() <= pageSize) {
			return new EntryPage(rows, null);
		}
		List<Entry> entries = rows.subList(0, pageSize);
		return new EntryPage(List.copyOf(entries), entries.getLast().getId());
	}

}
