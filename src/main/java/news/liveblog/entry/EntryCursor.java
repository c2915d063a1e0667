package news.liveblog.entry;

import java.time.Instant;

/**
 * A place in a tab of the entry list: the page after it starts with the entry that follows this time and
 * id in the tab's order. Times alone tie (entries published in one burst), ids do not.
 */
public record EntryCursor(Instant time, long id) {
}
