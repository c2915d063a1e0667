package news.liveblog.backoffice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import news.liveblog.account.SignedInEditor;
import news.liveblog.entry.Entry;
import news.liveblog.entry.Publication;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;

/**
 * Which button of the composer or the correction page the editor pressed, and what it means: who may press
 * it, the kind of publication it asks for, what the page says once it is done, and the conflict page's button
 * that asks for the same again.
 */
enum EntryAction {

	PUBLISH("entry.done.published", "publish"), DRAFT("entry.done.draft", "draft"),
	SCHEDULE("entry.done.scheduled", "schedule"), PREVIEW("entry.done.published", "publish"),
	SAVE("entry.done.saved", "publish"), SUBMIT("entry.done.submitted", "submit"),
	SEND_BACK("entry.done.sentBack", "send_back");

	/**
	 * What a contributor may press: they write, look and submit; nothing of theirs reaches readers without an
	 * editor. Saving as it is (the conflict page's button) keeps a draft a draft and a submission a submission.
	 */
	private static final Set<EntryAction> CONTRIBUTORS_NEW = EnumSet.of(DRAFT, SUBMIT, PREVIEW);

	private static final Set<EntryAction> CONTRIBUTORS_OWN = EnumSet.of(DRAFT, SUBMIT, PREVIEW, SAVE);

	private final String doneMessage;

	private final String conflictButton;

	EntryAction(String doneMessage, String conflictButton) {
		this.doneMessage = doneMessage;
		this.conflictButton = conflictButton;
	}

	static EntryAction of(String button) {
		if (button != null) {
			for (EntryAction action : values()) {
				if (action.name().equalsIgnoreCase(button)) {
					return action;
				}
			}
		}
		return PUBLISH;
	}

	/**
	 * This button, if this editor may press it on a new entry (pinning it or not).
	 * @throws AccessDeniedException when a contributor asks for what only editors do (the back office's 403 page)
	 */
	EntryAction checkedForNewEntry(SignedInEditor editor, boolean pin) {
		if (editor.isContributor() && (pin || !CONTRIBUTORS_NEW.contains(this))) {
			throw new AccessDeniedException("A contributor cannot " + name().toLowerCase() + (pin ? " and pin" : ""));
		}
		return this;
	}

	/**
	 * This button, if this editor may press it on that entry: a contributor only on their own entry, and
	 * never one that publishes or sends back. Only ownership is checked here, on the entry as it was read
	 * before its row was locked: whether it is still theirs to change (an editor may have published it a
	 * moment ago), or still a submission to send back, the service decides under the lock, and the form
	 * comes back with the reason rather than a 403 page that loses it.
	 * @throws news.liveblog.entry.EntryNotFoundException when it is not an entry they may know of
	 * @throws AccessDeniedException otherwise (the back office's 403 page)
	 */
	EntryAction checkedFor(SignedInEditor editor, Entry entry) {
		EntryRights.checkOwnIfContributor(editor, entry);
		if (editor.isContributor() && !CONTRIBUTORS_OWN.contains(this)) {
			throw new AccessDeniedException("A contributor cannot " + name().toLowerCase());
		}
		return this;
	}

	/** The message code of what was done. */
	String doneMessage() {
		return this.doneMessage;
	}

	/** The conflict page's button that gives the entry this publication rather than theirs. */
	String conflictButton() {
		return this.conflictButton;
	}

	/**
	 * What the button asks for a new entry; a schedule needs a time to come, given in the blog's zone.
	 * @param scheduledAt the time typed, {@code null} when none (or none that could be read)
	 */
	Publication publication(LocalDateTime scheduledAt, ZoneId zone, Instant now, Errors errors) {
		return switch (this) {
			case DRAFT -> Publication.draft();
			case SUBMIT -> Publication.submitted();
			case SCHEDULE -> {
				if (scheduledAt == null) {
					if (!errors.hasFieldErrors("scheduledAt")) {
						// Not when the time given was no time at all: that error says it already.
						errors.rejectValue("scheduledAt", "entry.scheduledAt.required");
					}
					yield Publication.draft();
				}
				Instant at = scheduledAt.atZone(zone).toInstant();
				if (!at.isAfter(now)) {
					errors.rejectValue("scheduledAt", "entry.scheduledAt.past");
				}
				yield Publication.scheduled(at);
			}
			default -> Publication.now();
		};
	}

	/**
	 * What the button asks for an entry being corrected: a published one stays published; saving a draft or a
	 * scheduled entry as it is (the conflict page's button) publishes nothing.
	 */
	Publication publication(Entry entry, LocalDateTime scheduledAt, ZoneId zone, Instant now, Errors errors) {
		if (entry.isPublished()) {
			return Publication.now();
		}
		if (this == SAVE) {
			return switch (entry.getStatus()) {
				case SCHEDULED -> Publication.scheduled(entry.getPublishedAt());
				case SUBMITTED -> Publication.submitted();
				default -> Publication.draft();
			};
		}
		return publication(scheduledAt, zone, now, errors);
	}

}
