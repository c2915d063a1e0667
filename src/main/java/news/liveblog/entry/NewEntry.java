package news.liveblog.entry;

import java.time.Instant;

/**
 * An entry to publish: its optional headline, its Markdown body, who signs it and when it counts as
 * published.
 */
public record NewEntry(String headline, String bodyMarkdown, String authorName, Instant publishedAt) {
}
