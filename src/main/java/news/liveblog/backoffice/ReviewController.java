package news.liveblog.backoffice;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A blog's review queue, for editors (the back office's security lets no contributor in), and a contributor's
 * own submissions beside their composer. Each list is a live region: with {@code fragment=list} it answers
 * the list alone, which the desk's script swaps in when the blog changes.
 */
@Controller
@RequestMapping("/admin/live/{slug}")
class ReviewController {

	private static final String LIST_ONLY = "list";

	private final LiveBlogs liveBlogs;

	private final ReviewDesk review;

	ReviewController(LiveBlogs liveBlogs, ReviewDesk review) {
		this.liveBlogs = liveBlogs;
		this.review = review;
	}

	@GetMapping("/review")
	String queue(@PathVariable String slug, @RequestParam(required = false) String fragment, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("submissions", this.review.queue(blog));
		return LIST_ONLY.equals(fragment) ? "admin/review :: list" : "admin/review";
	}

	/** The contributor's list of their submissions, as the composer shows it; only ever as the list alone. */
	@GetMapping("/submissions")
	String submissions(@PathVariable String slug, @AuthenticationPrincipal SignedInEditor editor, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("submissions", this.review.submissionsBy(blog, editor));
		return "admin/submissions :: list";
	}

}
