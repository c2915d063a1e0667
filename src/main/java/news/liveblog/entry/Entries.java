package news.liveblog.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.liveblog.account.Actor;
import news.liveblog.entry.EntryChanged.Change;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A blog's entries: writing, publishing, correcting, pinning and retracting them, and reading them back
 * in feed order. Every change publishes an {@link EntryChanged} inside its transaction.
 */
@Service
@Transactional(readOnly = true)
public class Entries {

	/** The capped reads of a blog's entries ({@link #backOfficeList}, the review queue) read at most this many. */
	public static final int BACK_OFFICE_LIST_SIZE = 200;

	/** A contributor's list of their submissions shows this many, the latest first. */
	public static final int SUBMISSIONS_LIST_SIZE = 50;

	private final EntryRepository repository;

	private final EntryRevisionRepository revisions;

	private final EntryVersionRepository versions;

	private final EntryBodyRenderer bodyRenderer;

	private final EntryListQueries listQueries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Entries(EntryRepository repository, EntryRevisionRepository revisions, EntryVersionRepository versions,
			EntryBodyRenderer bodyRenderer, EntryListQueries listQueries, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.revisions = revisions;
		this.versions = versions;
		this.bodyRenderer = bodyRenderer;
		this.listQueries = listQueries;
		this.events = events;
		this.clock = clock;
	}

	// Reading, as readers see entries

	/** The newest published entries of a blog. */
	public EntryPage newest(long liveBlogId, int pageSize) {
		return page(pageSize, (limit) -> this.repository.findNewestPublished(liveBlogId, limit));
	}

	/**
	 * The published entries that come after (are older than) the given one in the feed. The cursor
	 * entry itself may have been retracted since the reader got the link: its place still counts.
	 * @throws EntryNotFoundException when the cursor is no entry of that blog
	 */
	public EntryPage olderThan(long liveBlogId, long entryId, int pageSize) {
		return pageFrom(liveBlogId, entryId, pageSize, this.repository::findPublishedBefore);
	}

	/** The story in order: the oldest published entries of a blog first. */
	public EntryPage oldest(long liveBlogId, int pageSize) {
		return page(pageSize, (limit) -> this.repository.findOldestPublished(liveBlogId, limit));
	}

	/**
	 * In order, the published entries that come after (are later than) the given one.
	 * @throws EntryNotFoundException when the cursor is no entry of that blog
	 */
	public EntryPage laterThan(long liveBlogId, long entryId, int pageSize) {
		return pageFrom(liveBlogId, entryId, pageSize, this.repository::findPublishedAfter);
	}

	/** The newest published key events of a blog, newest first: at most {@code limit}, read from their own index. */
	public List<Entry> newestKeyEvents(long liveBlogId, int limit) {
		return this.repository.findNewestKeyEvents(liveBlogId, Limit.of(limit));
	}

	/**
	 * The published entries just before and just after the given one in time: one index lookup each, from
	 * the entry's place in the feed.
	 */
	public Neighbours neighbours(Entry entry) {
		List<Entry> earlier = this.repository.findPublishedBefore(entry.getLiveBlogId(), entry.getPublishedAt(),
				entry.getId(), Limit.of(1));
		List<Entry> later = this.repository.findPublishedAfter(entry.getLiveBlogId(), entry.getPublishedAt(),
				entry.getId(), Limit.of(1));
		return new Neighbours(earlier.isEmpty() ? null : earlier.getFirst(), later.isEmpty() ? null : later.getFirst());
	}

	/**
	 * A page boundary: any entry of the blog that readers had, even if retracted since (its place still
	 * counts). A draft or a scheduled entry is as unknown as an id that was never used, or its id would
	 * tell strangers it exists (a scheduled one has a publication time, only not yet).
	 */
	private Entry cursor(long liveBlogId, long entryId) {
		return this.repository.findByIdAndLiveBlogId(entryId, liveBlogId)
			.filter(Entry::wasPublic)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
	}

	public Optional<Entry> findPublished(long liveBlogId, long entryId) {
		return this.repository.findByIdAndLiveBlogIdAndStatus(entryId, liveBlogId, EntryStatus.PUBLISHED);
	}

	public Optional<Entry> findPinned(long liveBlogId) {
		return this.repository.findByLiveBlogIdAndPinnedTrueAndStatus(liveBlogId, EntryStatus.PUBLISHED);
	}

	/** The versions a published entry had before its corrections, the most recently replaced first. */
	public List<EntryRevision> revisions(long entryId) {
		return this.revisions.findByEntryIdOrderByIdDesc(entryId);
	}

	/**
	 * For each of these entries that has one, its latest correction that came with a public note (the
	 * revision it replaced, which keeps the note): what readers are told of the correction beside the entry.
	 */
	public Map<Long, EntryRevision> latestNotes(Collection<Long> entryIds) {
		return byId(entryIds, this.revisions::findLatestNoted, EntryRevision::getEntryId);
	}

	// Reading, as the back office sees entries

	public Optional<Entry> find(long liveBlogId, long entryId) {
		return this.repository.findByIdAndLiveBlogId(entryId, liveBlogId);
	}

	/**
	 * A blog's latest entries whatever their status, capped: what tests and tools read back at a glance. The
	 * back office's own list is {@link #list}, by tab and without a cap.
	 */
	public List<Entry> backOfficeList(long liveBlogId) {
		return this.repository.findForBackOffice(liveBlogId, Limit.of(BACK_OFFICE_LIST_SIZE));
	}

	/**
	 * A page of the back office's entry list: the filter's tab in its order, from its start or from the
	 * filter's cursor, read along the tab's index (see {@link EntryListQueries}).
	 */
	public EntryListPage list(EntryListFilter filter, int pageSize) {
		List<Long> ids = this.listQueries.ids(filter, pageSize + 1);
		Map<Long, Entry> found = this.repository.findAllByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Entry::getId, Function.identity()));
		// In the list's order; an entry deleted between the two reads is simply not there.
		List<Entry> rows = ids.stream().map(found::get).filter(Objects::nonNull).toList();
		if (rows.size() <= pageSize) {
			return new EntryListPage(rows, null);
		}
		List<Entry> page = rows.subList(0, pageSize);
		return new EntryListPage(List.copyOf(page), filter.tab().cursorOf(page.getLast()));
	}

	/** How many entries each tab of the list holds under the filter (its words and "Mine" included). */
	public Map<EntryTab, Long> counts(EntryListFilter filter) {
		return this.listQueries.counts(filter);
	}

	/** The blog's review queue: its submissions waiting for an editor, the longest waiting first. */
	public List<Entry> reviewQueue(long liveBlogId) {
		return this.repository.findReviewQueue(liveBlogId, Limit.of(BACK_OFFICE_LIST_SIZE));
	}

	/** How many submissions wait for review in each of these blogs; a blog without any is left out. */
	public Map<Long, Long> waitingForReview(Collection<Long> liveBlogIds) {
		return byId(liveBlogIds, this.repository::countWaitingForReview, ReviewQueueLength::liveBlogId)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (length) -> length.getValue().waiting()));
	}

	/** What a contributor submitted to this blog, whatever became of it, the latest submitted first. */
	public List<Entry> submissionsBy(long liveBlogId, long editorId) {
		return this.repository.findSubmissionsBy(liveBlogId, editorId, Limit.of(SUBMISSIONS_LIST_SIZE));
	}

	/** The entries with these ids, whatever their blog and status (the audit trail names them). */
	public List<Entry> findAll(Collection<Long> entryIds) {
		return entryIds.isEmpty() ? List.of() : this.repository.findAllByIdIn(entryIds);
	}

	public Map<Long, EntryStatistics> statistics(Collection<Long> liveBlogIds) {
		return byId(liveBlogIds, this.repository::statistics, EntryStatistics::liveBlogId);
	}

	/** What a query finds for these ids, by the id each result is for; no query for no ids. */
	private static <T> Map<Long, T> byId(Collection<Long> ids, Function<Collection<Long>, List<T>> query,
			Function<T, Long> idOf) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return query.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
	}

	/** What of a body readers would not see as written: see {@link UnsupportedMarkdown}. */
	public Set<UnsupportedMarkdown> unsupportedMarkdown(String markdown) {
		return (markdown != null) ? this.bodyRenderer.unsupported(markdown) : Set.of();
	}

	/**
	 * The entry this editor published in this blog within the given time with the very same headline and
	 * text, if any, unless this submission token already made an entry (a resend is a replay, not a twin):
	 * what a second press of Publish on a page brought back by the browser's Back would duplicate.
	 */
	public Optional<Entry> recentTwin(long liveBlogId, EntryText text, UUID submissionToken, Actor by,
			Duration within) {
		if (by.editorId() == null || this.repository.findBySubmissionToken(submissionToken).isPresent()) {
			return Optional.empty();
		}
		Instant since = this.clock.instant().minus(within);
		String headline = (text.headline() != null) ? text.headline() : "";
		// Not the entry this very token made: the same form sent twice at once (to two instances, say) is a
		// replay whose first send may commit between the look-up above and this one, not a twin.
		return this.repository
			.findRecentTwins(liveBlogId, by.editorId(), since, headline, text.body(), submissionToken, Limit.of(1))
			.stream()
			.findFirst();
	}

	/**
	 * The entry this submission token already made, when the text sent with it now is another: a form whose
	 * first send had arrived (its answer lost on the way back), given back by the browser and changed
	 * since. Sending it would only replay the first text, and the change would be lost without a word.
	 */
	public Optional<Entry> sentEarlierWithAnotherText(long liveBlogId, UUID submissionToken, EntryText text) {
		return this.repository.findBySubmissionToken(submissionToken)
			.filter((entry) -> entry.getLiveBlogId() == liveBlogId && entry.textDiffers(text));
	}

	/** What a body will look like to readers, without saving anything. */
	public String preview(String markdown) {
		return this.bodyRenderer.render(markdown).html();
	}

	// Writing

	/**
	 * Writes a new entry and publishes it, schedules it or keeps it as a draft. The submission token makes
	 * this happen once per composer form: a form sent twice (a double click, a resent request) gets the
	 * entry the first one made.
	 */
	@Transactional
	public Written write(long liveBlogId, EntryText text, Publication publication, boolean pin, UUID submissionToken,
			Actor by) {
		// In place of whatever is pinned now: no editor's page was drawn (an import, the demo's loader).
		Long pinnedNow = pin ? findPinned(liveBlogId).map(Entry::getId).orElse(null) : null;
		return write(liveBlogId, text, publication, pin, pinnedNow, submissionToken, by);
	}

	/**
	 * Writes a new entry as {@link #write} does and, once published, pins it in place of the entry the editor's
	 * page showed pinned; if a colleague pinned another since, it is published unpinned and
	 * {@link Written#pinnedMeanwhile()} names theirs, which stays up.
	 * @param replacing the entry pinned when the editor's page was drawn, {@code null} if none was
	 */
	@Transactional
	public Written writePinned(long liveBlogId, EntryText text, Publication publication, Long replacing,
			UUID submissionToken, Actor by) {
		return write(liveBlogId, text, publication, true, replacing, submissionToken, by);
	}

	private Written write(long liveBlogId, EntryText text, Publication publication, boolean pin, Long replacing,
			UUID submissionToken, Actor by) {
		this.repository.lockSubmission(submissionToken.toString());
		Optional<Entry> earlier = this.repository.findBySubmissionToken(submissionToken);
		if (earlier.isPresent()) {
			return new Written(earlier.get(), true, null);
		}
		Instant now = this.clock.instant();
		Entry entry = this.repository.save(new Entry(liveBlogId, text, this.bodyRenderer.render(text.body()),
				by.editorId(), by.name(), publication.status(), publication.publishAt(now), submissionToken, now));
		this.versions.save(new EntryVersion(entry, by.name(), now));
		announce(entry, publication.change(), by, publication.detail());
		String pinnedMeanwhile = null;
		if (pin && entry.isPublished()) {
			pinnedMeanwhile = pinnedSince(liveBlogId, replacing).orElse(null);
			if (pinnedMeanwhile == null) {
				pin(entry, by, now);
			}
		}
		return new Written(entry, false, pinnedMeanwhile);
	}

	/**
	 * Rewrites an entry and, for a draft or a scheduled entry, decides its publication anew, merged with
	 * whatever was saved since {@code expectedVersion} (see the other {@code rewrite}).
	 * @throws EditConflictException when someone else changed a field since that version that this one
	 * changes too, differently
	 */
	@Transactional
	public Entry rewrite(long liveBlogId, long entryId, long expectedVersion, EntryText text, Publication publication,
			String publicNote, Actor by) {
		return rewrite(liveBlogId, entryId, expectedVersion, new EntryContent(text, publication), Set.of(), publicNote,
				by)
			.entry();
	}

	/**
	 * Saves an editor's form. Whatever someone else saved since the form was opened is merged in field by
	 * field, from the version the form started from: what only they changed is kept, what only this editor
	 * changed replaces it. Pinning, unpinning and the scheduled publishing job change no field: they never
	 * stand in the way. Correcting a published entry keeps the version readers saw as a revision, with the
	 * optional public note.
	 * @param expectedVersion the entry's row version the editor's form started from
	 * @param keepTheirs the fields in which the editor chose the version at {@code expectedVersion} over their
	 * own (the conflict page's choices)
	 * @throws EditConflictException when someone else changed a field since that version that this editor
	 * changed too, differently; nothing is saved
	 */
	@Transactional
	public Rewritten rewrite(long liveBlogId, long entryId, long expectedVersion, EntryContent mine,
			Set<EntryField> keepTheirs, String publicNote, Actor by) {
		return rewrite(locked(liveBlogId, entryId), expectedVersion, mine, keepTheirs, publicNote, null, by);
	}

	/**
	 * Saves a contributor's form over their own entry: as {@link #rewrite}, but only while it is still theirs to
	 * change, a draft or a submission waiting for review, decided under the entry's lock (an editor may have
	 * published it since the form was opened).
	 * @throws EntryStateException when it is no longer theirs to change; nothing is saved
	 */
	@Transactional
	public Rewritten rewriteOwn(long liveBlogId, long entryId, long expectedVersion, EntryContent mine,
			Set<EntryField> keepTheirs, Actor by) {
		Entry entry = locked(liveBlogId, entryId);
		if (by.editorId() == null || !entry.isWrittenBy(by.editorId())) {
			throw new EntryStateException("entry.state.notYours");
		}
		if (entry.getStatus() != EntryStatus.DRAFT && entry.getStatus() != EntryStatus.SUBMITTED) {
			throw new EntryStateException("entry.state.reviewed");
		}
		return rewrite(entry, expectedVersion, mine, keepTheirs, null, null, by);
	}

	/**
	 * Sends a submission back to its author as a draft with the editor's note, together with whatever the
	 * editor changed in its text (merged as {@link #rewrite} merges).
	 * @throws EntryStateException when it is no longer waiting for review (another editor published it or sent
	 * it back meanwhile); nothing is saved
	 */
	@Transactional
	public Rewritten sendBack(long liveBlogId, long entryId, long expectedVersion, EntryText text,
			Set<EntryField> keepTheirs, String note, Actor by) {
		Entry entry = locked(liveBlogId, entryId);
		if (entry.getStatus() != EntryStatus.SUBMITTED) {
			throw new EntryStateException("entry.state.notSubmitted");
		}
		return rewrite(entry, expectedVersion, new EntryContent(text, Publication.draft()), keepTheirs, null,
				note.strip(), by);
	}

	private Entry locked(long liveBlogId, long entryId) {
		return this.repository.lockByIdAndLiveBlogId(entryId, liveBlogId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
	}

	/** @param sendBackNote the note a submission goes back to its author with, or {@code null} */
	private Rewritten rewrite(Entry entry, long expectedVersion, EntryContent mine, Set<EntryField> keepTheirs,
			String publicNote, String sendBackNote, Actor by) {
		long entryId = entry.getId();
		if (entry.getStatus() == EntryStatus.RETRACTED) {
			throw new EntryStateException("entry.state.retracted");
		}
		EntryContent theirs = EntryContent.of(entry);
		EntryContent base = base(entry, expectedVersion, theirs);
		for (EntryField field : keepTheirs) {
			mine = mine.with(field, (base != null) ? base : theirs);
		}
		EntryMerge merge = EntryMerge.of(base, theirs, mine);
		Optional<EntryVersion> latest = this.versions.findFirstByEntryIdOrderByVersionDesc(entryId);
		if (!merge.conflicts().isEmpty()) {
			throw new EditConflictException(entry, merge, latest.map(EntryVersion::getSavedBy).orElse(entry.getAuthorName()),
					latest.map(EntryVersion::getSavedAt).orElse(entry.getUpdatedAt()));
		}
		List<String> mergedWith = merge.keepsTheirs()
				? savedSince(entry, expectedVersion).map(SavedSince::by).orElse(List.of()) : List.of();
		boolean publishedMeanwhile = base != null && !base.published() && theirs.published();
		EntryContent result = merge.merged();
		EntryText text = result.text();
		Instant now = this.clock.instant();
		if (entry.isPublished()) {
			Set<EntryField> changes = EntryField.differing(theirs.text(), text);
			if (!changes.isEmpty()) {
				Instant readersSince = latest.map(EntryVersion::getSavedAt)
					.filter((savedAt) -> savedAt.isAfter(entry.getPublishedAt()))
					.orElse(entry.getPublishedAt());
				this.revisions.save(new EntryRevision(entry, readersSince, now, by.name(), blankToNull(publicNote)));
				entry.rewrite(text, this.bodyRenderer.render(text.body()), now);
				// The key-event mark too: readers see it change, and the history says so.
				announce(entry, Change.EDITED, by, editDetail(changes, blankToNull(publicNote)));
			}
			else {
				entry.rewrite(text, this.bodyRenderer.render(text.body()), now);
			}
		}
		else {
			EntryStatus before = entry.getStatus();
			if (before == EntryStatus.SUBMITTED && !entry.isWrittenBy(by.editorId())
					&& !EntryField.differing(theirs.text(), text).isEmpty()) {
				// The editor rewrote the reporter's text: the byline names them both, the reporter first.
				entry.addAuthor(by);
			}
			entry.rewrite(text, this.bodyRenderer.render(text.body()), now);
			Publication publication = result.publication();
			switch (publication.status()) {
				case PUBLISHED -> entry.publish(now, now);
				case SCHEDULED -> entry.schedule(publication.publishAt(now), now);
				case SUBMITTED -> {
					// Saved while it waits: it keeps its place in the queue.
					if (before != EntryStatus.SUBMITTED) {
						entry.submit(now);
					}
				}
				default -> {
					if (sendBackNote != null) {
						entry.sendBack(by.name(), sendBackNote, now);
					}
					else {
						entry.keepAsDraft(now);
					}
				}
			}
			announce(entry, reviewChange(before, publication, sendBackNote), by,
					reviewDetail(entry, before, publication, theirs.text(), text, sendBackNote));
		}
		Entry saved = this.repository.save(entry);
		this.repository.flush();
		if (!EntryField.differing(theirs, EntryContent.of(saved)).isEmpty()) {
			this.versions.save(new EntryVersion(saved, by.name(), now));
		}
		if (theirs.text().question() != null && saved.getQuestion() == null) {
			// A quote removed is removed from the history too (the public revisions page, merges): a reader who
			// asks for their words or name to be taken out can be helped.
			this.revisions.forgetQuestion(entryId);
			this.versions.forgetQuestion(entryId);
		}
		return new Rewritten(saved, mergedWith, publishedMeanwhile);
	}

	/**
	 * What the entry was at the row version a form started from: the version saved at or before it, or
	 * {@code null} when no version so old is kept (a form opened before versions were kept) or the form
	 * names a version still to come.
	 */
	private EntryContent base(Entry entry, long expectedVersion, EntryContent current) {
		if (expectedVersion == entry.getVersion()) {
			return current;
		}
		if (expectedVersion > entry.getVersion()) {
			return null;
		}
		Optional<EntryVersion> then = this.versions
			.findFirstByEntryIdAndVersionLessThanEqualOrderByVersionDesc(entry.getId(), expectedVersion);
		if (then.isPresent()) {
			return then.get().content();
		}
		// Every save that changes an entry keeps a version: with none kept at all, it is as it was written
		// (brought in by the database, as generated test blogs are).
		return this.versions.findFirstByEntryIdOrderByVersionDesc(entry.getId()).isEmpty() ? current : null;
	}

	/**
	 * Who saved the entry after the given row version (the one an editor's form was drawn from), and when the last
	 * of them did; empty while nobody has. Pinning is no save: it changes nothing of what the form holds.
	 */
	public Optional<SavedSince> savedSince(Entry entry, long version) {
		List<EntryVersion> saves = this.versions.findByEntryIdAndVersionGreaterThanOrderByVersion(entry.getId(),
				version);
		if (saves.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new SavedSince(saves.stream().map(EntryVersion::getSavedBy).distinct().toList(),
				saves.getLast().getSavedAt()));
	}

	/**
	 * Pins a published entry above the feed in place of the one the editor's page showed pinned.
	 * @param replacing the entry pinned when the editor's page was drawn, {@code null} if none was
	 * @throws EntryStateException when another entry was pinned since (a colleague's pin is not silently
	 * undone: the editor decides again, with the page as it is now); nothing is changed
	 */
	@Transactional
	public void pin(long liveBlogId, long entryId, Long replacing, Actor by) {
		Entry entry = this.repository.findByIdAndLiveBlogId(entryId, liveBlogId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		if (!entry.isPublished()) {
			throw new EntryStateException("entry.state.pinUnpublished");
		}
		if (entry.isPinned()) {
			return;
		}
		Optional<String> pinnedMeanwhile = pinnedSince(liveBlogId, replacing);
		if (pinnedMeanwhile.isPresent()) {
			throw new EntryStateException("entry.state.pinnedMeanwhile", pinnedMeanwhile.get());
		}
		pin(entry, by, this.clock.instant());
	}

	/** The label of the entry pinned now, unless it is the one the editor's page showed (or none is). */
	private Optional<String> pinnedSince(long liveBlogId, Long shown) {
		return findPinned(liveBlogId).filter((pinned) -> !pinned.getId().equals(shown)).map(Entry::label);
	}

	/**
	 * Takes the entry's pin off.
	 * @throws EntryStateException when it was no longer pinned (a colleague unpinned it, or pinned another in its
	 * place, since the editor's page was drawn): "Unpinned" would tell the desk that nothing is pinned; nothing
	 * is changed
	 */
	@Transactional
	public void unpin(long liveBlogId, long entryId, Actor by) {
		Entry entry = this.repository.findByIdAndLiveBlogId(entryId, liveBlogId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		if (!entry.isPinned()) {
			Optional<String> pinnedNow = findPinned(liveBlogId).map(Entry::label);
			throw pinnedNow.map((label) -> new EntryStateException("entry.state.otherPinnedMeanwhile", label))
				.orElseGet(() -> new EntryStateException("entry.state.unpinnedMeanwhile"));
		}
		entry.setPinned(false, this.clock.instant());
		announce(entry, Change.UNPINNED, by, null);
	}

	/**
	 * Takes a published entry off every public page; it stays in the database with who retracted it and why.
	 * @throws EntryStateException when it is not published: a draft is deleted, a scheduled entry cancelled,
	 * a submission sent back; nothing is changed
	 */
	@Transactional
	public void retract(long liveBlogId, long entryId, String reason, Actor by) {
		Entry entry = this.repository.findByIdAndLiveBlogId(entryId, liveBlogId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		if (entry.getStatus() == EntryStatus.RETRACTED) {
			// Sent twice (a double click): retracted once is enough.
			return;
		}
		if (!entry.isPublished()) {
			// Never public, it has no readers to be taken from; and its retraction would tell every reader's
			// stream that the id exists.
			throw new EntryStateException("entry.state.retractUnpublished");
		}
		entry.retract(by.name(), reason.strip(), this.clock.instant());
		announce(entry, Change.RETRACTED, by, reason.strip());
	}

	/**
	 * Deletes a draft, its saved versions with it; the audit trail keeps who deleted it and its label. Only a
	 * draft: anything else readers have had, will have, or an editor is reviewing.
	 * @throws EntryStateException when the entry is no draft (any more); nothing is changed
	 */
	@Transactional
	public void deleteDraft(long liveBlogId, long entryId, Actor by) {
		Entry entry = locked(liveBlogId, entryId);
		if (entry.getStatus() != EntryStatus.DRAFT) {
			throw new EntryStateException("entry.state.notDeletable." + entry.getStatus().name());
		}
		// Announced first, while the entry is there to be named: the audit row keeps its id and label.
		announce(entry, Change.DELETED, by, entry.label());
		this.versions.deleteByEntryId(entryId);
		this.revisions.deleteByEntryId(entryId);
		this.repository.delete(entry);
		this.repository.flush();
	}

	/**
	 * Takes a scheduled entry back to a draft before its time. Its row is locked first: the publishing job
	 * skips a locked row, and this waits for the job's; an entry published meanwhile is refused, not undone.
	 * @throws EntryStateException when the entry is not scheduled (any more); nothing is changed
	 */
	@Transactional
	public Entry unschedule(long liveBlogId, long entryId, Actor by) {
		Entry entry = lockScheduled(liveBlogId, entryId);
		Instant was = entry.getPublishedAt();
		Instant now = this.clock.instant();
		entry.keepAsDraft(now);
		saveAndKeepVersion(entry, by, now);
		announce(entry, Change.UNSCHEDULED, by, "was for " + was);
		return entry;
	}

	/**
	 * Moves a scheduled entry to another time to come (the caller checks it is to come, by the composer's
	 * rules), under the same lock as {@link #unschedule}.
	 * @throws EntryStateException when the entry is not scheduled (any more); nothing is changed
	 */
	@Transactional
	public Entry reschedule(long liveBlogId, long entryId, Instant at, Actor by) {
		Entry entry = lockScheduled(liveBlogId, entryId);
		Instant was = entry.getPublishedAt();
		Instant now = this.clock.instant();
		entry.schedule(at, now);
		saveAndKeepVersion(entry, by, now);
		announce(entry, Change.SCHEDULED, by, "for " + at + ", was for " + was);
		return entry;
	}

	private Entry lockScheduled(long liveBlogId, long entryId) {
		Entry entry = locked(liveBlogId, entryId);
		if (entry.getStatus() != EntryStatus.SCHEDULED) {
			throw new EntryStateException((entry.getStatus() == EntryStatus.PUBLISHED)
					? "entry.state.publishedMeanwhile" : "entry.state.notScheduled");
		}
		return entry;
	}

	/**
	 * Its publication is part of what a correction form merges over (see {@link #rewrite}): the version
	 * kept says the entry's new state, so a form opened before keeps the change rather than undoing it.
	 */
	private void saveAndKeepVersion(Entry entry, Actor by, Instant now) {
		Entry saved = this.repository.save(entry);
		this.repository.flush();
		this.versions.save(new EntryVersion(saved, by.name(), now));
	}

	/**
	 * Publishes the scheduled entries whose time has come, at most a batch at a time. Safe with several
	 * instances running it at once: each due entry is published by exactly one of them.
	 * @return how many entries it published
	 */
	@Transactional
	public int publishDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.repository.lockDueScheduled(now, 100);
		if (due.isEmpty()) {
			return 0;
		}
		Actor scheduler = Actor.application("scheduled publishing");
		// Blog by blog, in one order on every instance: each announcement locks its blog's row.
		List<Entry> entries = this.repository.findAllByIdIn(due)
			.stream()
			.sorted(Comparator.comparing(Entry::getLiveBlogId).thenComparing(Entry::getId))
			.toList();
		for (Entry entry : entries) {
			entry.publish(entry.getPublishedAt(), now);
			announce(entry, Change.PUBLISHED, scheduler, null);
		}
		return due.size();
	}

	private void pin(Entry entry, Actor by, Instant now) {
		// Unpin first, flushed, so the one-pinned-entry-per-blog index never sees two.
		this.repository.unpinAll(entry.getLiveBlogId(), now);
		Entry pinned = this.repository.findByIdAndLiveBlogId(entry.getId(), entry.getLiveBlogId()).orElseThrow();
		pinned.setPinned(true, now);
		this.repository.save(pinned);
		announce(pinned, Change.PINNED, by, null);
	}

	private void announce(Entry entry, Change change, Actor by, String detail) {
		// The entry's row first, its blog's row (taken by the change log) second, as the scheduled
		// publishing job does: the same order everywhere, so the two never deadlock.
		this.repository.flush();
		this.events.publishEvent(new EntryChanged(entry.getLiveBlogId(), entry.getId(), change, by, detail));
	}

	/** Saved and kept in the queue is no new submission: the audit trail says who changed it, not who sent it. */
	private static Change reviewChange(EntryStatus before, Publication publication, String sendBackNote) {
		if (sendBackNote != null) {
			return Change.SENT_BACK;
		}
		if (before == EntryStatus.SUBMITTED && publication.status() == EntryStatus.SUBMITTED) {
			return Change.SUBMISSION_EDITED;
		}
		return publication.change();
	}

	/**
	 * What the audit trail says of a step of a submission: the note it went back with, what changed while it
	 * waits, who wrote it once an editor published or scheduled it; else what a publication says.
	 */
	private static String reviewDetail(Entry entry, EntryStatus before, Publication publication, EntryText was,
			EntryText now, String sendBackNote) {
		if (sendBackNote != null) {
			return "note: " + sendBackNote;
		}
		if (before == EntryStatus.SUBMITTED && publication.status() == EntryStatus.SUBMITTED) {
			Set<EntryField> changes = EntryField.differing(was, now);
			return changes.isEmpty() ? "nothing changed" : editDetail(changes, null);
		}
		String detail = publication.detail();
		if (before == EntryStatus.SUBMITTED) {
			String writtenBy = "written by " + String.join(", ", entry.getAuthorNames());
			return (detail != null) ? detail + "; " + writtenBy : writtenBy;
		}
		return detail;
	}

	/** What the audit trail says of a correction: the fields it changed, and its public note. */
	private static String editDetail(Set<EntryField> changes, String publicNote) {
		String changed = "changed " + changes.stream().map(EntryField::formName).collect(Collectors.joining(", "));
		return (publicNote != null) ? changed + "; note: " + publicNote : changed;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** One more row than a page is read, so the last page is known without counting. */
	/** The page of entries that follow an entry (the cursor) in the order {@code query} reads them. */
	private EntryPage pageFrom(long liveBlogId, long entryId, int pageSize, KeysetQuery query) {
		Entry cursor = cursor(liveBlogId, entryId);
		return page(pageSize, (limit) -> query.find(liveBlogId, cursor.getPublishedAt(), cursor.getId(), limit));
	}

	/** A page of at most {@code pageSize} entries: one more is read to know whether another page follows. */
	private static EntryPage page(int pageSize, Function<Limit, List<Entry>> query) {
		List<Entry> rows = query.apply(Limit.of(pageSize + 1));
		if (rows.size() <= pageSize) {
			return new EntryPage(rows, null);
		}
		List<Entry> entries = rows.subList(0, pageSize);
		return new EntryPage(List.copyOf(entries), entries.getLast().getId());
	}

	/** A keyset read of a blog's published entries from one place in its timeline: before it or after it. */
	@FunctionalInterface
	private interface KeysetQuery {

		List<Entry> find(long liveBlogId, Instant publishedAt, long id, Limit limit);

	}

	/**
	 * An entry's neighbours in the blog's timeline.
	 *
	 * @param earlier the published entry just before it, or {@code null} for the first one
	 * @param later the published entry just after it, or {@code null} for the newest one
	 */
	public record Neighbours(Entry earlier, Entry later) {
	}

	/**
	 * The entry a composer form made.
	 *
	 * @param replayed true when the form had been sent before and this is the entry it made then
	 * @param pinnedMeanwhile the label of the entry a colleague pinned since the editor's page was drawn, which
	 * this one was not pinned over; {@code null} otherwise
	 */
	public record Written(Entry entry, boolean replayed, String pinnedMeanwhile) {
	}

	/**
	 * The entry a correction form saved.
	 *
	 * @param mergedWith who saved the changes of theirs that were kept, when there were any
	 * @param publishedMeanwhile true when the entry had been published (by the scheduled publishing job or
	 * another editor) after the form was opened: the form's changes became a correction
	 */
	public record Rewritten(Entry entry, List<String> mergedWith, boolean publishedMeanwhile) {
	}

}
