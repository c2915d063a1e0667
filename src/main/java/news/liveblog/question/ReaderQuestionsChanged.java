package news.liveblog.question;

/**
 * A blog's questions changed: one arrived (or was asked again), or an editor decided on one. Published
 * inside the change's transaction, for the back office's live queue (module desk).
 */
public record ReaderQuestionsChanged(long liveBlogId) {
}
