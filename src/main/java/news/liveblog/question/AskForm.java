package news.liveblog.question;

/**
 * What a live page needs to print the question form (fragments/reader-question.html).
 *
 * @param action where the form is sent
 * @param tokenUrl where the page's script gets a fresh "form shown at" token when the reader starts typing
 * @param token the signed time the page was made: a page without script sends this one, older, so it passes
 */
public record AskForm(String action, String tokenUrl, String token) {
}
