package news.liveblog.question;

/**
 * A question as the moderation queue shows it; its texts are a reader's, only ever printed as text.
 *
 * @param askedBy the pseudonym, or {@code null}
 * @param isoTime when it was last asked, ISO-8601 with the blog's offset
 * @param time the same as the back office prints it, in the blog's zone
 * @param answerEntryId the entry that answers it, once answered
 */
record QueuedQuestion(long id, String text, String askedBy, int timesAsked, String status, String isoTime,
		String time, Long answerEntryId) {

	public boolean isNew() {
		return "NEW".equals(this.status);
	}

}
