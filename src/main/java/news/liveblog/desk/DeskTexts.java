package news.liveblog.desk;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import news.liveblog.blog.LiveBlog;
import news.liveblog.desk.Presence.Colleague;
import news.liveblog.entry.Entry;
import news.liveblog.live.ReadersNow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The desk's sentences, made on the server in the editor's language. Names are said once per editor (one
 * with two pages open is one colleague), in the order they arrived.
 */
@Component
class DeskTexts {

	private final MessageSource messages;

	DeskTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param open the entry the page has open, or {@code null}
	 * @param knowable the entries others have open that this editor may be told of
	 * @param readers the blog's, or {@code null} for a page that does not show them
	 */
	DeskAnswer answer(LiveBlog blog, Entry open, List<Colleague> others, Set<Long> knowable,
			ReadersNow.Figures readers, Duration heartbeat, Locale locale) {
		Collection<String> onDesk = names(others);
		String editingThis = null;
		if (open != null) {
			List<Colleague> onThisEntry = others.stream().filter((other) -> open.getId().equals(other.entryId())).toList();
			if (!onThisEntry.isEmpty()) {
				Instant since = onThisEntry.stream().map(Colleague::since).min(Comparator.naturalOrder()).orElseThrow();
				Collection<String> names = names(onThisEntry);
				editingThis = say("desk.editingThis", locale, String.join(", ", names), names.size(),
						blog.printTime(since, locale));
			}
		}
		Map<Long, String> editing = new LinkedHashMap<>();
		others.stream()
			.filter((other) -> other.entryId() != null && knowable.contains(other.entryId()))
			.collect(Collectors.groupingBy(Colleague::entryId, LinkedHashMap::new, Collectors.toList()))
			.forEach((entryId, colleagues) -> {
				Collection<String> names = names(colleagues);
				editing.put(entryId, say("desk.editing", locale, String.join(", ", names), names.size()));
			});
		return new DeskAnswer(
				onDesk.isEmpty() ? say("desk.alone", locale) : say("desk.onDesk", locale, String.join(", ", onDesk)),
				editingThis, editing, (readers != null) ? figures(readers, locale) : null, heartbeat.toMillis());
	}

	ReaderFigures figures(ReadersNow.Figures readers, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		return new ReaderFigures(numbers.format(readers.now()), numbers.format(readers.peakToday()));
	}

	private static Collection<String> names(List<Colleague> colleagues) {
		Map<Long, String> byEditor = new LinkedHashMap<>();
		colleagues.forEach((colleague) -> byEditor.putIfAbsent(colleague.editorId(), colleague.name()));
		return byEditor.values();
	}

	private String say(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
