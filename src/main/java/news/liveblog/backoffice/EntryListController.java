package news.liveblog.backoffice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.desk.OpenEntries;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryStateException;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.Publication;
import news.liveblog.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A blog's entries for a whole day: tabs by status with their counts, "Mine", search, "Older entries"
 * pages; deleting a draft, cancelling or moving a scheduled entry. With {@code fragment=list}, the list
 * region alone, which the desk's script puts in place of the one a page shows.
 */
@Controller
@RequestMapping("/admin/live/{slug}/entries")
class EntryListController {

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final EntryLists lists;

	private final Clock clock;

	private final MessageSource messages;

	private final OpenEntries openEntries;

	EntryListController(LiveBlogs liveBlogs, Entries entries, EntryLists lists, Clock clock, MessageSource messages,
			OpenEntries openEntries) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.lists = lists;
		this.clock = clock;
		this.messages = messages;
		this.openEntries = openEntries;
	}

	@GetMapping
	String list(@PathVariable String slug, @ModelAttribute("request") EntryListRequest request,
			@RequestParam(required = false) String fragment, @AuthenticationPrincipal SignedInEditor editor,
			Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("list", this.lists.view(blog, request, editor));
		return "list".equals(fragment) ? "admin/entry-list :: list" : "admin/entry-list";
	}

	@PostMapping("/{entryId}/delete")
	String delete(@PathVariable String slug, @PathVariable long entryId,
			@ModelAttribute("request") EntryListRequest request, @AuthenticationPrincipal SignedInEditor editor,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		Entry entry = this.entries.find(blog.getId(), entryId).orElseThrow(() -> new EntryNotFoundException(entryId));
		// Another's work: not theirs to delete (a 404 when not even theirs to know of).
		EntryRights.checkOwnIfContributor(editor, entry);
		List<String> editing = (entry.getStatus() == EntryStatus.DRAFT)
				? this.openEntries.editingBy(blog.getId(), entryId, editor.getEditorId()) : List.of();
		if (!editing.isEmpty()) {
			// Their next save would find nothing: they are asked first, by whoever wants it gone.
			return refused(blog, request, editor, "entryList.problem.deleteWhileOpen", String.join(", ", editing),
					model, response);
		}
		try {
			this.entries.deleteDraft(blog.getId(), entryId, editor.asActor());
		}
		catch (EntryStateException ex) {
			return refused(blog, request, editor, ex.getReason(), model, response);
		}
		redirect.addFlashAttribute("done", "entry.done.deleted");
		redirect.addFlashAttribute("doneWith", entry.label());
		return "redirect:" + request.back(slug);
	}

	@PostMapping("/{entryId}/unschedule")
	String unschedule(@PathVariable String slug, @PathVariable long entryId,
			@ModelAttribute("request") EntryListRequest request, @AuthenticationPrincipal SignedInEditor editor,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		try {
			this.entries.unschedule(blog.getId(), entryId, editor.asActor());
		}
		catch (EntryStateException ex) {
			return refused(blog, request, editor, ex.getReason(), model, response);
		}
		redirect.addFlashAttribute("done", "entry.done.unscheduled");
		redirect.addFlashAttribute("doneEntryId", entryId);
		return "redirect:" + request.back(slug);
	}

	/** Moves a scheduled entry to the time given in the zone the page showed: a time to come, as the composer asks. */
	@PostMapping("/{entryId}/schedule")
	String reschedule(@PathVariable String slug, @PathVariable long entryId,
			@ModelAttribute("request") EntryListRequest request, @ModelAttribute("move") ScheduleMove move,
			BindingResult errors, @RequestParam(name = "scheduledAt", required = false) String typed,
			@AuthenticationPrincipal SignedInEditor editor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		ZoneId zone = move.zone(blog.getTimeZone());
		Publication publication = EntryAction.SCHEDULE.publication(move.getScheduledAt(), zone, this.clock.instant(),
				errors);
		if (errors.hasErrors()) {
			// Beside the entry's own time field, with what was typed in it and the zone it was typed in.
			model.addAttribute("moveEntryId", entryId);
			model.addAttribute("moveTyped", typed);
			model.addAttribute("moveIn", zone.getId());
			model.addAttribute("moveError",
					this.messages.getMessage(errors.getFieldError("scheduledAt"), LocaleContextHolder.getLocale()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(blog, request, editor, model);
		}
		try {
			this.entries.reschedule(blog.getId(), entryId, publication.at(), editor.asActor());
		}
		catch (EntryStateException ex) {
			return refused(blog, request, editor, ex.getReason(), model, response);
		}
		redirect.addFlashAttribute("done", "entry.done.rescheduled");
		redirect.addFlashAttribute("doneWith", BackOfficeTimes.dateTimeAndZone(blog, publication.at()));
		redirect.addFlashAttribute("doneEntryId", entryId);
		return "redirect:" + request.back(slug);
	}

	/** The entry is not (any more) in the state the action needs: the list as it is now, with the reason. */
	private String refused(LiveBlog blog, EntryListRequest request, SignedInEditor editor, String reason, Model model,
			HttpServletResponse response) {
		return refused(blog, request, editor, reason, null, model, response);
	}

	/** @param with what the reason's message names, or {@code null} */
	private String refused(LiveBlog blog, EntryListRequest request, SignedInEditor editor, String reason, String with,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("problem", reason);
		model.addAttribute("problemWith", with);
		return page(blog, request, editor, model);
	}

	private String page(LiveBlog blog, EntryListRequest request, SignedInEditor editor, Model model) {
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("list", this.lists.view(blog, request, editor));
		return "admin/entry-list";
	}

	/** The move form: the new time, as a datetime-local input gives it, and the zone the page named beside it. */
	static class ScheduleMove {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime scheduledAt;

		private String scheduledIn;

		public String getScheduledIn() {
			return this.scheduledIn;
		}

		public void setScheduledIn(String scheduledIn) {
			this.scheduledIn = scheduledIn;
		}

		public LocalDateTime getScheduledAt() {
			return this.scheduledAt;
		}

		public void setScheduledAt(LocalDateTime scheduledAt) {
			this.scheduledAt = scheduledAt;
		}

		/** The zone {@link #getScheduledAt()} is in: the one the editor read beside the field. */
		ZoneId zone(ZoneId blogZone) {
			return EventTimeZones.shownIn(this.scheduledIn, blogZone);
		}

	}

}
