package news.liveblog.audit;

import java.util.List;

/**
 * An event as the trail prints it: its time in the trail's zone (with the zone's abbreviation), the blog and
 * entry by their names rather than their numbers, and what a settings change changed.
 *
 * @param blog {@code null} for an event about no blog (accounts)
 * @param entry {@code null} for an event about no entry
 */
record AuditRow(long id, String time, String isoTime, String actor, String action, BlogName blog, EntryName entry,
		String details, List<Change> changes) {

	/** A blog by its current title, for a link to its composer. */
	record BlogName(long id, String title, String slug) {
	}

	/**
	 * An entry by its headline or its first words, linking where an admin can read it.
	 *
	 * @param label {@code null} when the entry is no longer there
	 * @param href {@code null} when the entry is no longer there
	 */
	record EntryName(long id, String label, String href) {
	}

	/**
	 * One setting as it was and became.
	 *
	 * @param kind how to print the values: {@code status} (a status's name, put in words by the page),
	 * {@code yes-no} ({@code true} or {@code false}, put in words by the page), {@code time} (already printed in
	 * the trail's zone) or {@code text}
	 * @param before {@code null} for none
	 * @param after {@code null} for none
	 */
	record Change(String setting, String kind, String before, String after) {
	}

}
