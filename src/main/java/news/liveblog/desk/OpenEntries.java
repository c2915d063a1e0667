package news.liveblog.desk;

import java.util.List;

import org.springframework.stereotype.Component;

/** What presence tells other modules: who has an entry open for editing right now. */
@Component
public class OpenEntries {

	private final Presence presence;

	OpenEntries(Presence presence) {
		this.presence = presence;
	}

	/** The names of everyone but this editor with the entry's edit page open, each once, longest there first. */
	public List<String> editingBy(long liveBlogId, long entryId, long exceptEditorId) {
		return this.presence.othersOn(liveBlogId, exceptEditorId)
			.stream()
			.filter((colleague) -> colleague.activity() == Activity.EDITING)
			.filter((colleague) -> Long.valueOf(entryId).equals(colleague.entryId()))
			.map(Presence.Colleague::name)
			.distinct()
			.toList();
	}

}
