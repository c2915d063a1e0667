package news.liveblog.backoffice;

import java.time.LocalDateTime;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

/**
 * An entry of the list with what the one looking may do with it, and where each action goes.
 *
 * @param editorial whether the one looking may correct, pin and move it (an editor's rights)
 * @param mayEdit whether its edit page is theirs to open ({@link Entry#mayBeOpenedBy})
 * @param mayDelete a draft, and an editor's or the contributor's own
 * @param mayRetract a published entry, and the one looking an editor: anything else readers never had (a
 * draft is deleted, a scheduled entry cancelled, a submission sent back)
 * @param scheduledAt a scheduled entry's time as the move form shows it, in the blog's zone
 */
record EntryListItem(BackOfficeEntryView entry, boolean editorial, boolean mayEdit, boolean mayDelete,
		boolean mayRetract, boolean scheduled, LocalDateTime scheduledAt, String deleteHref, String unscheduleHref,
		String scheduleHref, String pinHref, String unpinHref, String retractHref) {

	static EntryListItem of(LiveBlog blog, Entry entry, SignedInEditor looking, EntryListRequest list) {
		boolean editorial = !looking.isContributor();
		boolean scheduled = entry.getStatus() == EntryStatus.SCHEDULED;
		return new EntryListItem(BackOfficeEntryView.of(blog, entry), editorial,
				entry.mayBeOpenedBy(looking.getEditorId(), looking.isContributor()), mayDelete(entry, looking),
				editorial && entry.isPublished(), scheduled,
				scheduled ? LiveBlogForm.inputTime(entry.getPublishedAt(), blog.getTimeZone()) : null,
				list.action(blog.getSlug(), entry.getId(), "delete"),
				list.action(blog.getSlug(), entry.getId(), "unschedule"),
				list.action(blog.getSlug(), entry.getId(), "schedule"),
				list.composerAction(blog.getSlug(), entry.getId(), "pin"),
				list.composerAction(blog.getSlug(), entry.getId(), "unpin"),
				list.composerAction(blog.getSlug(), entry.getId(), "retract"));
	}

	/** Only a draft; a contributor's own only (an editor clears anyone's). */
	static boolean mayDelete(Entry entry, SignedInEditor looking) {
		return entry.getStatus() == EntryStatus.DRAFT && (isOwn(entry, looking) || !looking.isContributor());
	}

	static boolean isOwn(Entry entry, SignedInEditor looking) {
		return entry.isWrittenBy(looking.getEditorId());
	}

}
