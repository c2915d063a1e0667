package news.liveblog.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import news.liveblog.account.SignedInEditor;
import news.liveblog.audit.AuditEvent;
import news.liveblog.audit.AuditTrail;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.embed.OEmbedLookup;
import news.liveblog.embed.PostDetails;
import news.liveblog.embed.SocialNetwork;
import news.liveblog.entry.EditConflictException;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryChanged.Change;
import news.liveblog.entry.EntryContent;
import news.liveblog.entry.EntryField;
import news.liveblog.entry.EntryMerge;
import news.liveblog.entry.EntryNotFoundException;
import news.liveblog.entry.EntryStateException;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryTab;
import news.liveblog.entry.Publication;
import news.liveblog.photo.Photos;
import news.liveblog.question.ReaderQuestions;
import news.liveblog.system.NoNul;
import news.liveblog.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A blog's composer, with the first page of its entry list (EntryListController): write, preview, publish,
 * save as draft, schedule; correct, pin and retract entries. Whatever goes wrong, the editor's text comes back in the form, with the reason.
 */
@Controller
@RequestMapping("/admin/live/{slug}")
class ComposerController {

	/**
	 * How far back an identical entry by the same editor counts as a slip (Back, then Publish again) rather
	 * than a decision: long enough for a page brought back from the history, short enough that a line
	 * repeated on purpose later ("Live from Brussels") goes out without a question.
	 */
	static final Duration TWIN_WINDOW = Duration.ofMinutes(15);

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	private final EntryLists lists;

	private final ReviewDesk review;

	private final AuditTrail audit;

	private final Clock clock;

	private final Photos photos;

	private final OEmbedLookup oEmbed;

	private final ReaderQuestions questions;

	ComposerController(LiveBlogs liveBlogs, Entries entries, EntryLists lists, ReviewDesk review, AuditTrail audit,
			Clock clock, Photos photos, OEmbedLookup oEmbed, ReaderQuestions questions) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
		this.lists = lists;
		this.review = review;
		this.audit = audit;
		this.clock = clock;
		this.photos = photos;
		this.oEmbed = oEmbed;
		this.questions = questions;
	}

	@InitBinder("form")
	void bindFieldsDirectly(WebDataBinder binder) {
		// The image and the link card are values without setters: the form's fields are bound directly. The
		// form holds only what an editor may set, so no allow-list is needed (and none can drop a new field).
		binder.initDirectFieldAccess();
		// Except the reader's question an entry quotes: it comes only from the stored entry (Answer makes it on
		// the server); a request naming question.text would otherwise put words in a reader's mouth.
		binder.setDisallowedFields("question", "question.*", "question[*]");
	}

	@GetMapping
	String composer(@PathVariable String slug, @AuthenticationPrincipal SignedInEditor editor, Model model) {
		return composerPage(this.liveBlogs.forDesk(slug), EntryForm.empty(), editor, model);
	}

	/**
	 * The composer's live regions that follow the blog's settings (desk.js fetches them again when an admin
	 * changes them): the header's title, status and links, and what publishing does for readers of a draft or an
	 * ended blog. An editor who goes on publishing into a blog just set to Draft is told it is hidden. And the pin
	 * box, which names the entry pinned now (a colleague may pin another while this editor writes).
	 */
	@GetMapping(params = "fragment")
	String blogState(@PathVariable String slug, @RequestParam String fragment,
			@AuthenticationPrincipal SignedInEditor editor, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("newQuestions", editor.canPublish() ? this.questions.waiting(blog.getId()) : 0L);
		return switch (fragment) {
			case "heading" -> "admin/composer :: heading";
			case "links" -> "admin/composer :: links";
			case "blog-state" -> "admin/composer-notices :: blogState";
			case "pin" -> {
				model.addAttribute("pinned", editor.canPublish() ? this.lists.pinned(blog) : null);
				yield "admin/composer :: pin";
			}
			default -> throw new NotFoundException("No composer fragment " + fragment);
		};
	}

	@PostMapping("/entries")
	String write(@PathVariable String slug, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
			@RequestParam(name = "action", required = false) String button,
			@AuthenticationPrincipal SignedInEditor editor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		EntryAction action = EntryAction.of(button).checkedForNewEntry(editor, form.isPin());
		if (form.getSubmissionToken() == null) {
			// A form without its token did not come from the composer; give it one so a retry is safe.
			form.setSubmissionToken(UUID.randomUUID());
		}
		if (fillInPost(form, model)) {
			action = EntryAction.PREVIEW;
		}
		form.checkLengths(errors);
		form.checkMedia(errors);
		form.checkPhotos(errors, this.photos::find);
		Publication publication = action.publication(form.getScheduledAt(),
				form.scheduleZone(blog.getTimeZone()), this.clock.instant(), errors);
		if (action != EntryAction.PREVIEW && !errors.hasErrors()) {
			this.entries.sentEarlierWithAnotherText(blog.getId(), form.getSubmissionToken(), form.text())
				.ifPresent((earlier) -> {
					errors.reject("entry.sentEarlier", new Object[] { BackOfficeEntryView.of(blog, earlier).time() },
							null);
					// Sent again, this text is a new entry of its own, not a replay of the first.
					form.setSubmissionToken(UUID.randomUUID());
				});
		}
		if (action == EntryAction.PUBLISH && !errors.hasErrors() && !form.isPublishAgain()) {
			this.entries.recentTwin(blog.getId(), form.text(), form.getSubmissionToken(), editor.asActor(), TWIN_WINDOW)
				.ifPresent((twin) -> {
					BackOfficeEntryView view = BackOfficeEntryView.of(blog, twin);
					errors.reject("entry.twin", new Object[] { view.time() }, null);
					model.addAttribute("twin", view);
				});
		}
		if (action == EntryAction.PREVIEW || errors.hasErrors()) {
			if (errors.hasErrors()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			else {
				preview(form, model);
			}
			return composerPage(blog, form, editor, model);
		}
		Entries.Written written = form.isPin()
				? this.entries.writePinned(blog.getId(), form.text(), publication, form.getPinReplacing(),
						form.getSubmissionToken(), editor.asActor())
				: this.entries.write(blog.getId(), form.text(), publication, false, form.getSubmissionToken(),
						editor.asActor());
		if (written.pinnedMeanwhile() != null) {
			// Published all the same (breaking news is not held up); pinned from the list, if it should be.
			redirect.addFlashAttribute("problem", "entry.state.pinnedMeanwhile.published");
			redirect.addFlashAttribute("problemWith", written.pinnedMeanwhile());
		}
		if (written.replayed()) {
			redirect.addFlashAttribute("done", "entry.done.replayed");
		}
		else {
			done(blog, action, publication, redirect);
		}
		redirect.addFlashAttribute("doneEntryId", written.entry().getId());
		warnOfUnsupportedMarkdown(form, redirect);
		// The composer's script forgets the text it kept in the browser for this form: the server has it.
		redirect.addFlashAttribute("doneToken", form.getSubmissionToken());
		return "redirect:/admin/live/{slug}";
	}

	@GetMapping("/entries/{entryId}/edit")
	String edit(@PathVariable String slug, @PathVariable long entryId, @AuthenticationPrincipal SignedInEditor editor,
			Model model, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		Entry entry = entry(blog, entryId);
		if (entry.getStatus() == EntryStatus.RETRACTED) {
			// An old link to it: the list of retracted entries, which says who retracted it, when and why, rather than
			// "page not found".
			EntryRights.checkOwnIfContributor(editor, entry);
			redirect.addFlashAttribute("problem", "entry.state.retracted");
			return "redirect:/admin/live/{slug}/entries?tab=" + EntryTab.RETRACTED.parameter();
		}
		EntryRights.checkMayOpen(editor, entry);
		EntryForm form = EntryForm.of(entry);
		if (entry.getStatus() == EntryStatus.SCHEDULED) {
			form.setScheduledAt(LiveBlogForm.inputTime(entry.getPublishedAt(), blog.getTimeZone()));
		}
		return editPage(blog, entry, form, model);
	}

	/**
	 * The edit page's live region (desk.js fetches it again whenever the entry changes): who saved the entry since
	 * the editor's form was drawn from {@code version}, or that it was retracted meanwhile. A contributor's own
	 * entry answers whatever became of it (an editor may have published it from the queue).
	 */
	@GetMapping(path = "/entries/{entryId}/edit", params = "fragment=since")
	String changedSince(@PathVariable String slug, @PathVariable long entryId, @RequestParam long version,
			@AuthenticationPrincipal SignedInEditor editor, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		Entry entry = entry(blog, entryId);
		EntryRights.checkOwnIfContributor(editor, entry);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("entry", BackOfficeEntryView.of(blog, entry));
		since(blog, entry, version, model);
		return "admin/edit-entry :: since";
	}

	private void since(LiveBlog blog, Entry entry, long version, Model model) {
		model.addAttribute("sinceVersion", version);
		model.addAttribute("since", this.entries.savedSince(entry, version)
			.map((saved) -> new SavedSinceView(String.join(", ", saved.by()),
					BackOfficeTimes.timeAndZone(blog, saved.lastAt())))
			.orElse(null));
	}

	/** Colleagues' saves an editor has not seen, as the edit page says them ("Jane", "10:14 AM CET"). */
	record SavedSinceView(String by, String time) {
	}

	@PostMapping("/entries/{entryId}")
	String rewrite(@PathVariable String slug, @PathVariable long entryId,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
			@RequestParam(name = "action", required = false) String button,
			@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal SignedInEditor editor,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		Entry entry = this.entries.find(blog.getId(), entryId).orElse(null);
		if (entry == null) {
			return deletedMeanwhile(blog, entryId, form, errors, editor, model, response);
		}
		form.quoteAsStored(entry.getQuestion());
		EntryAction action = EntryAction.of(button).checkedFor(editor, entry);
		if (form.getVersion() == null) {
			errors.reject("entry.version.missing");
		}
		if (fillInPost(form, model)) {
			action = EntryAction.PREVIEW;
		}
		form.checkLengths(errors);
		form.checkMedia(errors);
		form.checkPhotos(errors, this.photos::find);
		if (action == EntryAction.SEND_BACK) {
			form.checkReviewNote(errors);
		}
		Publication publication = action.publication(entry, form.getScheduledAt(),
				form.scheduleZone(blog.getTimeZone()), this.clock.instant(), errors);
		if (action == EntryAction.PREVIEW || errors.hasErrors()) {
			if (errors.hasErrors()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			else {
				preview(form, model);
			}
			return editPage(blog, entry, form, model);
		}
		Entries.Rewritten rewritten;
		try {
			// The service locks the entry's row while it merges and writes: no save comes in between.
			rewritten = save(blog, entryId, form, action, publication, keptTheirs(parameters), editor);
		}
		catch (EditConflictException ex) {
			return conflictPage(blog, ex, form, action, model, response);
		}
		catch (EntryStateException ex) {
			if (editor.isContributor() && ex.getReason().equals("entry.state.reviewed")) {
				// Published or scheduled as it was: this text could go nowhere from the entry's page any more.
				return asNewEntry(blog, form, errors, "entry.problem.reviewedMeanwhile", null, editor, model,
						response);
			}
			// No longer theirs to change, or no longer a submission (published or sent back a moment ago): the
			// form as sent, with the reason, not a page that drops it.
			errors.reject(ex.getReason());
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(blog, this.entries.find(blog.getId(), entryId).orElse(entry), form, model);
		}
		catch (EntryNotFoundException ex) {
			return deletedMeanwhile(blog, entryId, form, errors, editor, model, response);
		}
		boolean corrected = rewritten.entry().isPublished() && (entry.isPublished() || rewritten.publishedMeanwhile());
		if (!rewritten.mergedWith().isEmpty()) {
			redirect.addFlashAttribute("done", corrected ? "entry.done.correctedMerged" : "entry.done.savedMerged");
			redirect.addFlashAttribute("doneWith", String.join(", ", rewritten.mergedWith()));
		}
		else if (rewritten.publishedMeanwhile()) {
			redirect.addFlashAttribute("done", "entry.done.publishedMeanwhile");
		}
		else if (corrected) {
			redirect.addFlashAttribute("done", "entry.done.corrected");
		}
		else {
			done(blog, action, publication, redirect);
		}
		redirect.addFlashAttribute("doneEntryId", entryId);
		// What the browser kept of this text is forgotten on the next page (admin/layout.html).
		redirect.addFlashAttribute("receivedEntryId", entryId);
		warnOfUnsupportedMarkdown(form, redirect);
		// An editor working through the review queue goes back to it for the next submission.
		boolean fromQueue = entry.getStatus() == EntryStatus.SUBMITTED && editor.canPublish();
		return fromQueue ? "redirect:/admin/live/{slug}/review" : "redirect:/admin/live/{slug}";
	}

	/**
	 * The form's entry is gone: a draft someone deleted while its author still had it open. The text comes
	 * back in the composer, as a new entry's, with who deleted it; sent again, it is kept. An id that never was,
	 * or whose draft was not this contributor's, is the 404 it always was.
	 */
	private String deletedMeanwhile(LiveBlog blog, long entryId, EntryForm form, BindingResult errors,
			SignedInEditor editor, Model model, HttpServletResponse response) {
		List<AuditEvent> trail = this.audit.ofEntry(entryId);
		AuditEvent deletion = trail.stream()
			.filter((event) -> event.getAction().equals("entry." + Change.DELETED.name()))
			.filter((event) -> blog.getId().equals(event.getLiveBlogId()))
			.findFirst()
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		// A contributor is told only of a draft they wrote or saved: another's was never theirs to know of.
		Long editorId = editor.getEditorId();
		boolean theirs = trail.stream().anyMatch((event) -> editorId.equals(event.getActorId()));
		if (editor.isContributor() && !theirs) {
			throw new EntryNotFoundException(entryId);
		}
		return asNewEntry(blog, form, errors, "entry.problem.deletedMeanwhile", deletion.getActor(), editor, model,
				response);
	}

	/**
	 * The text as it was typed, in the composer as a new entry's (a token of its own, no version of the entry
	 * it could not be saved over), with why.
	 */
	private String asNewEntry(LiveBlog blog, EntryForm form, BindingResult errors, String why, String whyWith,
			SignedInEditor editor, Model model, HttpServletResponse response) {
		form.setSubmissionToken(UUID.randomUUID());
		form.setVersion(null);
		errors.reject(why, new Object[] { whyWith }, null);
		response.setStatus(HttpStatus.CONFLICT.value());
		return composerPage(blog, form, editor, model);
	}

	/**
	 * Saves the form as the button asks: sent back to its author with the note, saved by its contributor while
	 * it is still theirs, or saved by an editor (a correction once published).
	 */
	private Entries.Rewritten save(LiveBlog blog, long entryId, EntryForm form, EntryAction action,
			Publication publication, Set<EntryField> keepTheirs, SignedInEditor editor) {
		if (action == EntryAction.SEND_BACK) {
			return this.entries.sendBack(blog.getId(), entryId, form.getVersion(), form.text(), keepTheirs,
					form.getReviewNote(), editor.asActor());
		}
		EntryContent content = new EntryContent(form.text(), publication);
		if (editor.isContributor()) {
			return this.entries.rewriteOwn(blog.getId(), entryId, form.getVersion(), content, keepTheirs,
					editor.asActor());
		}
		return this.entries.rewrite(blog.getId(), entryId, form.getVersion(), content, keepTheirs,
				form.getPublicNote(), editor.asActor());
	}

	/** The conflict page's choices: the fields in which the editor keeps the version saved meanwhile. */
	private static Set<EntryField> keptTheirs(MultiValueMap<String, String> parameters) {
		Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
		for (EntryField field : EntryField.values()) {
			if ("theirs".equals(parameters.getFirst("keep." + field.formName()))) {
				fields.add(field);
			}
		}
		return fields;
	}

	@PostMapping("/entries/{entryId}/pin")
	String pin(@PathVariable String slug, @PathVariable long entryId,
			@RequestParam(required = false) Long replacing, @ModelAttribute("request") EntryListRequest list,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		try {
			this.entries.pin(blog.getId(), entryId, replacing, editor.asActor());
			redirect.addFlashAttribute("done", "entry.done.pinned");
			return backAt(list, slug, entryId);
		}
		catch (EntryStateException ex) {
			redirect.addFlashAttribute("problem", ex.getReason());
			redirect.addFlashAttribute("problemWith", ex.getWith());
		}
		catch (DataIntegrityViolationException ex) {
			// Another editor pinned an entry of this blog at the same moment.
			redirect.addFlashAttribute("problem", "entry.problem.pinnedMeanwhile");
		}
		return back(list, slug);
	}

	@PostMapping("/entries/{entryId}/unpin")
	String unpin(@PathVariable String slug, @PathVariable long entryId, @ModelAttribute("request") EntryListRequest list,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		try {
			this.entries.unpin(this.liveBlogs.forDesk(slug).getId(), entryId, editor.asActor());
			redirect.addFlashAttribute("done", "entry.done.unpinned");
			return backAt(list, slug, entryId);
		}
		catch (EntryStateException ex) {
			redirect.addFlashAttribute("problem", ex.getReason());
			redirect.addFlashAttribute("problemWith", ex.getWith());
		}
		return back(list, slug);
	}

	@PostMapping("/entries/{entryId}/retract")
	String retract(@PathVariable String slug, @PathVariable long entryId, @ModelAttribute("request") EntryListRequest list,
			@Valid RetractionForm retraction, BindingResult errors, @AuthenticationPrincipal SignedInEditor editor,
			RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		if (errors.hasErrors() || !retraction.reasonFits()) {
			// The reason's one constraint is NoNul: said as in every form; anything else, with the rule.
			redirect.addFlashAttribute("problem",
					errors.hasErrors() ? NoNul.MESSAGE_CODE : "entry.problem.retractionReason");
			redirect.addFlashAttribute("problemEntryId", entryId);
			// Back in its field, as typed: nothing the editor wrote is lost to a refusal.
			redirect.addFlashAttribute("problemReason", retraction.reason());
			return back(list, slug);
		}
		try {
			this.entries.retract(blog.getId(), entryId, retraction.reason(), editor.asActor());
		}
		catch (EntryStateException ex) {
			redirect.addFlashAttribute("problem", ex.getReason());
			return back(list, slug);
		}
		redirect.addFlashAttribute("done", "entry.done.retracted");
		return backAt(list, slug, entryId);
	}

	/**
	 * Back to the list the button was pressed in (the composer's, or the Entries page's as it was), scrolled to the
	 * entry just pinned, unpinned or retracted (and marked there, admin.css's :target): an editor who acted far down
	 * the list on a phone is not sent back to its top. A refusal goes to the top, where the message says why.
	 */
	private static String backAt(EntryListRequest list, String slug, long entryId) {
		return back(list, slug) + "#admin-entry-" + entryId;
	}

	private static String back(EntryListRequest list, String slug) {
		return "redirect:" + list.backFromComposerAction(slug);
	}

	/**
	 * When oEmbed is on and a post's author and text are both empty: what its network says of it, into the
	 * form, with a notice either way. Filled in, the form comes back as a preview, not saved: a third party's
	 * words reach readers only once the editor has read them.
	 *
	 * @return whether anything was filled in
	 */
	private boolean fillInPost(EntryForm form, Model model) {
		var post = form.getPost();
		Optional<SocialNetwork> network = post.site();
		if (network.isEmpty() || !this.oEmbed.answers(network.get()) || post.author() != null || post.text() != null
				|| network.get().idAt(post.url()).isEmpty()) {
			return false;
		}
		Optional<PostDetails> details = this.oEmbed.lookUp(network.get(), post.url());
		model.addAttribute("postNoticeNetwork", network.get().displayName());
		if (details.isEmpty()) {
			model.addAttribute("postNotice", "composer.post.notFilled");
			return false;
		}
		form.fillInPost(details.get().author(), details.get().title());
		model.addAttribute("postNotice", "composer.post.filled");
		return true;
	}

	/** What readers would see of the form's entry, media included; only for a form without errors. */
	private void preview(EntryForm form, Model model) {
		model.addAttribute("preview", this.entries.preview(form.getBody()));
		model.addAttribute("previewImage", form.image());
		model.addAttribute("previewLink", form.link());
		model.addAttribute("previewPhotos", form.photos());
		model.addAttribute("previewPost", form.post());
		model.addAttribute("previewQuestion", form.question());
		model.addAttribute("unsupportedMarkdown", this.entries.unsupportedMarkdown(form.getBody()));
	}

	/** What the button did; a scheduled entry says when it will be published, in the blog's zone as it is now. */
	private static void done(LiveBlog blog, EntryAction action, Publication publication, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", action.doneMessage());
		if (action == EntryAction.SCHEDULE) {
			redirect.addFlashAttribute("doneWith", BackOfficeTimes.dateTimeAndZone(blog, publication.at()));
		}
	}

	/**
	 * Saved as written, but said: what readers will not see (a heading, an image in the text...), with the
	 * entry to correct. Publishing is never held up by formatting during breaking news.
	 */
	private void warnOfUnsupportedMarkdown(EntryForm form, RedirectAttributes redirect) {
		var unsupported = this.entries.unsupportedMarkdown(form.getBody());
		if (!unsupported.isEmpty()) {
			redirect.addFlashAttribute("unsupportedMarkdown", unsupported);
		}
	}

	private String composerPage(LiveBlog blog, EntryForm form, SignedInEditor editor, Model model) {
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("form", form);
		EntryListView list = this.lists.view(blog, EntryListRequest.composers(), editor);
		model.addAttribute("list", list);
		model.addAttribute("pinned", list.pinned());
		model.addAttribute("newQuestions", editor.canPublish() ? this.questions.waiting(blog.getId()) : 0L);
		postFields(model);
		if (editor.isContributor()) {
			model.addAttribute("submissions", this.review.submissionsBy(blog, editor));
		}
		return "admin/composer";
	}

	/** What the post's fields say of the networks, and whether they offer to fill themselves in. */
	private void postFields(Model model) {
		model.addAttribute("postNetworks", SocialNetwork.displayNames());
		model.addAttribute("postFillIn", this.oEmbed.enabled());
	}

	private String editPage(LiveBlog blog, Entry entry, EntryForm form, Model model) {
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("entry", BackOfficeEntryView.of(blog, entry));
		model.addAttribute("review", SubmissionView.of(blog, entry));
		model.addAttribute("form", form);
		if (entry.getStatus() != EntryStatus.RETRACTED && form.getVersion() != null) {
			since(blog, entry, form.getVersion(), model);
		}
		postFields(model);
		return "admin/edit-entry";
	}

	/**
	 * Someone else saved the entry meanwhile and changed a field this editor changed too. Every field of
	 * both versions is shown, with who saved theirs and when; the form holds the merge (theirs where only
	 * they changed something, mine where only I did) over the current version, and asks the editor to
	 * choose where both changed the same field. Nothing is saved until they do.
	 */
	private String conflictPage(LiveBlog blog, EditConflictException conflict, EntryForm form, EntryAction action,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		Entry current = conflict.getCurrent();
		EntryMerge merge = conflict.getMerge();
		form.showText(merge.merged().text());
		form.removeQuestionUnless(merge.merged().text().question(), current.getQuestion());
		form.setVersion(current.getVersion());
		Map<String, String> outcomes = new LinkedHashMap<>();
		Set<String> unseen = new HashSet<>();
		for (EntryField field : EntryField.values()) {
			outcomes.put(field.formName(), merge.outcome(field).name());
			if (merge.unseen(field)) {
				unseen.add(field.formName());
			}
		}
		model.addAttribute("unseen", unseen);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("entry", BackOfficeEntryView.of(blog, current));
		model.addAttribute("theirs", ConflictSideView.of(blog, merge.theirs()));
		model.addAttribute("mine", ConflictSideView.of(blog, merge.mine()));
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("savedBy", conflict.getSavedBy());
		model.addAttribute("savedIsoTime", blog.printIso(conflict.getSavedAt()));
		// With the zone's name: the two editors may not sit where the blog's clock is.
		model.addAttribute("savedTime", BackOfficeTimes.dateTimeAndZone(blog, conflict.getSavedAt()));
		// The button that gives the entry my publication rather than theirs: the one pressed first.
		model.addAttribute("mineAction", action.conflictButton());
		model.addAttribute("form", form);
		return "admin/conflict";
	}

	private Entry entry(LiveBlog blog, long entryId) {
		return this.entries.find(blog.getId(), entryId).orElseThrow(() -> new EntryNotFoundException(entryId));
	}

}
