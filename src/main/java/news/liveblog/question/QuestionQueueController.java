package news.liveblog.question;

import java.util.List;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A blog's questions from readers, for editors and admins (the back office's security lets no contributor
 * in): the new ones, last asked first, then the latest decided. The list is a live region: with
 * {@code fragment=list} it answers the list alone, which the desk's script swaps in when the blog's
 * questions change. Each decision is one POST, refused politely when another editor decided first.
 */
@Controller
@RequestMapping("/admin/live/{slug}/questions")
class QuestionQueueController {

	private static final String LIST_ONLY = "list";

	/** Decided questions shown below the new ones: enough to undo a slip by asking to look, not an archive. */
	private static final int DECIDED_SHOWN = 20;

	/** New questions per page, newest first: what an editor reads through before "older". */
	static final int PAGE = 50;

	private final LiveBlogs liveBlogs;

	private final ReaderQuestions questions;

	QuestionQueueController(LiveBlogs liveBlogs, ReaderQuestions questions) {
		this.liveBlogs = liveBlogs;
		this.questions = questions;
	}

	@GetMapping
	String queue(@PathVariable String slug, @RequestParam(required = false) String fragment,
			@RequestParam(defaultValue = "0") int older, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		int skipped = Math.max(0, older);
		model.addAttribute("blog",
				new QueueBlog(blog.getId(), blog.getSlug(), blog.getTitle(), blog.takesQuestions(), blog.isLive()));
		ReaderQuestions.QueuePage page = this.questions.queue(blog, PAGE, skipped, DECIDED_SHOWN);
		List<QueuedQuestion> queue = page.questions();
		model.addAttribute("questions", queue);
		model.addAttribute("shownNew", queue.stream().filter(QueuedQuestion::isNew).map(QueuedQuestion::id).toList());
		model.addAttribute("anyNew", queue.stream().anyMatch(QueuedQuestion::isNew));
		model.addAttribute("skipped", skipped);
		model.addAttribute("olderFrom", page.older() ? skipped + PAGE : null);
		model.addAttribute("newerFrom", (skipped > 0) ? Math.max(0, skipped - PAGE) : null);
		return LIST_ONLY.equals(fragment) ? "admin/questions :: list" : "admin/questions";
	}

	/**
	 * Dismisses the new questions the page showed, by their ids (never "all new": what arrived since was not
	 * seen). Those another editor decided on meanwhile keep their decision, and the editor is told how many.
	 */
	@PostMapping("/dismiss-shown")
	RedirectView dismissShown(@PathVariable String slug, @RequestParam(name = "id", required = false) List<Long> ids,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		List<Long> shown = (ids == null) ? List.of() : ids.stream().distinct().limit(PAGE).toList();
		int dismissed = this.questions.dismissAll(blog.getId(), shown, editor.asActor());
		if (dismissed < shown.size()) {
			redirect.addFlashAttribute("problem", "question.dismissedSomeDecidedMeanwhile");
			redirect.addFlashAttribute("problemWith", shown.size() - dismissed);
		}
		else {
			redirect.addFlashAttribute("done", "question.dismissedAll");
			redirect.addFlashAttribute("doneWith", dismissed);
		}
		return queueAddress(blog);
	}

	@PostMapping("/{questionId}/answer")
	RedirectView answer(@PathVariable String slug, @PathVariable long questionId,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		return this.questions.answer(blog.getId(), questionId, editor.asActor())
			.map((draft) -> {
				redirect.addFlashAttribute("done", "question.answer.started");
				return SeeOther.to("/admin/live/" + blog.getSlug() + "/entries/" + draft.getId() + "/edit");
			})
			.orElseGet(() -> decidedMeanwhile(blog, redirect));
	}

	@PostMapping("/{questionId}/dismiss")
	RedirectView dismiss(@PathVariable String slug, @PathVariable long questionId,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		return decide(slug, questionId, ReaderQuestions.Decision.DISMISSED, "question.dismissed", editor, redirect);
	}

	@PostMapping("/{questionId}/spam")
	RedirectView spam(@PathVariable String slug, @PathVariable long questionId,
			@AuthenticationPrincipal SignedInEditor editor, RedirectAttributes redirect) {
		return decide(slug, questionId, ReaderQuestions.Decision.SPAM, "question.markedAsSpam", editor, redirect);
	}

	/** Opens the blog to questions or closes it: the live page shows the form or not from the next render. */
	@PostMapping("/open")
	RedirectView open(@PathVariable String slug, @RequestParam boolean open, @AuthenticationPrincipal SignedInEditor editor,
			RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		this.liveBlogs.takeQuestions(blog.getId(), open, editor.asActor());
		redirect.addFlashAttribute("done", open ? "question.opened" : "question.closed");
		return queueAddress(blog);
	}

	private RedirectView decide(String slug, long questionId, ReaderQuestions.Decision decision, String done,
			SignedInEditor editor, RedirectAttributes redirect) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		if (!this.questions.decide(blog.getId(), questionId, decision, editor.asActor())) {
			return decidedMeanwhile(blog, redirect);
		}
		redirect.addFlashAttribute("done", done);
		return queueAddress(blog);
	}

	private static RedirectView decidedMeanwhile(LiveBlog blog, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "question.decidedMeanwhile");
		return queueAddress(blog);
	}

	private static RedirectView queueAddress(LiveBlog blog) {
		return SeeOther.to("/admin/live/" + blog.getSlug() + "/questions");
	}

	/** The blog as the queue shows it: never the entity. */
	record QueueBlog(long id, String slug, String title, boolean takesQuestions, boolean live) {
	}

}
