package news.liveblog.desk;

import java.util.Map;

/**
 * What a page's heartbeat is answered, in the editor's language: presence.js puts each sentence where it
 * goes as it is, so that the script has no texts of its own.
 *
 * @param onDesk "On the desk: Demo Editor, Demo Reporter", or that nobody else is
 * @param editingThis "Demo Editor is correcting this (since 14:02)" on the page of an entry someone else has
 * open, else {@code null}
 * @param editing "Demo Editor is correcting", by the id of each entry others have open that this editor may
 * know of, for the entry lists' items
 * @param readers the blog's readers now and today's peak; none for an entry's page, which does not show them
 * @param nextHeartbeatMillis when the page is to beat again
 */
record DeskAnswer(String onDesk, String editingThis, Map<Long, String> editing, ReaderFigures readers,
		long nextHeartbeatMillis) {

}
