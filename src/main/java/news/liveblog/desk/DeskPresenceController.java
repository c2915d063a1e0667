package news.liveblog.desk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.desk.Presence.Colleague;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryVisibility;
import news.liveblog.live.ReadersNow;
import news.liveblog.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The heartbeat of a back-office page (presence.js) and its goodbye. A heartbeat names the page's blog, what
 * the page is for and the entry it has open; it is answered with who else is on that blog's desk, who else
 * has this entry open, which entries of the list others have open, and the blog's readers now. A blog or
 * entry that does not exist or that the editor may not know of (404, the same), or an entry page open on one
 * they may only read (403), is refused and nothing is stored.
 */
@RestController
@RequestMapping("/admin/desk/presence")
class DeskPresenceController {

	private final Presence presence;

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final ReadersNow readersNow;

	private final DeskTexts texts;

	private final Duration heartbeat;

	DeskPresenceController(Presence presence, LiveBlogs liveBlogs, Entries entries, ReadersNow readersNow,
			DeskTexts texts, @Value("${liveblog.desk.presence.heartbeat:PT10S}") Duration heartbeat) {
		this.presence = presence;
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.readersNow = readersNow;
		this.texts = texts;
		this.heartbeat = heartbeat;
	}

	@PostMapping
	DeskAnswer heartbeat(@RequestParam("tab") UUID page, @RequestParam("blog") String slug,
			@RequestParam("doing") Activity activity, @RequestParam(name = "entry", required = false) Long entryId,
			@AuthenticationPrincipal SignedInEditor editor, Locale locale) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		if ((activity == Activity.EDITING) != (entryId != null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An entry's page names its entry, and only it");
		}
		Entry open = null;
		if (entryId != null) {
			open = this.entries.find(blog.getId(), entryId)
				.filter(mayKnowOf(editor))
				// One they may not know of is as unknown as an id never used: the same 404.
				.orElseThrow(() -> new EntryNotFoundException(entryId));
			if (!open.mayBeOpenedBy(editor.getEditorId(), editor.isContributor())) {
				if (open.getStatus() == EntryStatus.RETRACTED || open.isWrittenBy(editor.getEditorId())) {
					// Retracted, or a contributor's own entry published meanwhile: their page is out of date, and
					// says so; presence.js stops beating (a 403 is tried again whenever the page is shown again, as after a
					// sign-out).
					throw new ResponseStatusException(HttpStatus.CONFLICT, "This entry can no longer be edited");
				}
				// Colleagues would read that they are correcting an entry they may only read.
				throw new AccessDeniedException("Not an entry this contributor may edit");
			}
		}
		this.presence.heartbeat(page, editor.asActor(), blog.getId(), entryId, activity);
		List<Colleague> others = this.presence.othersOn(blog.getId(), editor.getEditorId());
		Set<Long> editing = others.stream()
			.map(Colleague::entryId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		// An entry's page shows no readers: two queries a beat spared.
		ReadersNow.Figures readers = (activity == Activity.EDITING) ? null
				: this.readersNow.of(List.of(blog)).getOrDefault(blog.getId(), ReadersNow.Figures.NONE);
		return this.texts.answer(blog, open, others, knowable(editing, editor), readers, this.heartbeat, locale);
	}

	/**
	 * The page was left: sent by the browser's beacon as the page goes, with nobody waiting for the answer.
	 * Without it (a browser that died) the page's presence ends with its expiry.
	 */
	@PostMapping("/leave")
	ResponseEntity<Void> leave(@RequestParam("tab") UUID page, @AuthenticationPrincipal SignedInEditor editor) {
		this.presence.leave(page, editor.getEditorId());
		return ResponseEntity.noContent().build();
	}

	/** Of the entries others have open, those this editor may know of ({@link EntryVisibility}). */
	private Set<Long> knowable(Set<Long> entryIds, SignedInEditor editor) {
		if (!editor.isContributor() || entryIds.isEmpty()) {
			return entryIds;
		}
		return this.entries.findAll(entryIds).stream().filter(mayKnowOf(editor)).map(Entry::getId).collect(
				Collectors.toSet());
	}

	private static Predicate<Entry> mayKnowOf(SignedInEditor editor) {
		return (entry) -> entry.mayBeKnownBy(editor.getEditorId(), editor.isContributor());
	}

}
