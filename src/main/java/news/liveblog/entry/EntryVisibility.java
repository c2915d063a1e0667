package news.liveblog.entry;

import java.util.List;
import java.util.Objects;

/**
 * The one rule for who may know of an entry and who may open it, in Java and in the entry list's SQL (the
 * two pinned together by EntryVisibilityTests). Editors and admins know of every entry. A contributor knows
 * of what readers have or had (published, or retracted once its time had come) and of their own entries,
 * whatever their state (a scheduled one of theirs included: it is theirs); never that a colleague's draft,
 * submission or scheduled entry exists, nor one retracted before readers ever had it.
 */
public final class EntryVisibility {

	/** {@link Entry#wasPublic()} in SQL: published now, or retracted once its publication time had come. */
	static final String WAS_PUBLIC = "(status = 'PUBLISHED' or (status = 'RETRACTED' and published_at is not null"
			+ " and published_at <= retracted_at))";

	private EntryVisibility() {
	}

	/**
	 * Whether someone may know the entry exists: for the desk's stream, which hears of an entry by its author
	 * and publicness alone (it may be gone by the time the change is told).
	 * @param authorId the account that wrote the entry, or {@code null}
	 * @param wasPublic whether readers have or had it ({@link Entry#wasPublic()})
	 */
	public static boolean mayKnowOf(Long authorId, boolean wasPublic, long editorId, boolean contributor) {
		return !contributor || wasPublic || Objects.equals(authorId, editorId);
	}

	static boolean mayKnowOf(Entry entry, long editorId, boolean contributor) {
		return mayKnowOf(entry.getAuthorId(), entry.wasPublic(), editorId, contributor);
	}

	/**
	 * Whether someone may open its edit page and save it: an editor any entry but a retracted one, a
	 * contributor their own drafts and their submissions still waiting for review.
	 */
	static boolean mayOpen(Entry entry, long editorId, boolean contributor) {
		if (entry.getStatus() == EntryStatus.RETRACTED) {
			return false;
		}
		return !contributor || (entry.isWrittenBy(editorId)
				&& (entry.getStatus() == EntryStatus.DRAFT || entry.getStatus() == EntryStatus.SUBMITTED));
	}

	/**
	 * {@link #mayKnowOf} for a contributor, as a condition of a tab of the entry list, appended to its
	 * {@code where}. Said per tab, so that the drafts tab walks the author's own index rather than filtering
	 * everyone's drafts: a tab whose entries are never public holds only the contributor's own.
	 */
	static void contributorsPart(EntryTab tab, StringBuilder text, List<Object> arguments, long contributorId) {
		switch (tab) {
			case DRAFTS, SUBMITTED, SCHEDULED -> text.append(" and author_id = ?");
			case PUBLISHED, KEY_EVENTS -> {
				return;
			}
			case RETRACTED, ALL -> text.append(" and (").append(WAS_PUBLIC).append(" or author_id = ?)");
		}
		arguments.add(contributorId);
	}

}
