package news.liveblog.backoffice;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogConflictException;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.blog.SlugTakenException;
import news.liveblog.blog.SlugUsedBeforeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins open blogs and change their settings (under {@code /admin/blogs}, admins only). */
@Controller
class LiveBlogAdminController {

	private final LiveBlogs liveBlogs;

	LiveBlogAdminController(LiveBlogs liveBlogs) {
		this.liveBlogs = liveBlogs;
	}

	@InitBinder("form")
	void validateSettings(WebDataBinder binder) {
		binder.addValidators(new LiveBlogFormValidator());
	}

	/** The region zones the time-zone field suggests as the admin types. */
	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return EventTimeZones.suggested();
	}

	@GetMapping("/admin/blogs/new")
	String newBlog(Model model) {
		model.addAttribute("form", new LiveBlogForm());
		model.addAttribute("creating", true);
		return "admin/blog-form";
	}

	@PostMapping("/admin/blogs")
	String open(@Valid @ModelAttribute("form") LiveBlogForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInEditor admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/blog-form";
		}
		try {
			LiveBlog blog = this.liveBlogs.open(form.settings(), admin.asActor());
			redirect.addFlashAttribute("done", "blog.done.opened");
			redirect.addAttribute("slug", blog.getSlug());
			return "redirect:/admin/live/{slug}";
		}
		catch (SlugTakenException ex) {
			errors.rejectValue("slug", slugProblem(ex));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/blog-form";
		}
	}

	@GetMapping("/admin/blogs/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("form", LiveBlogForm.of(blog));
		editing(blog, model);
		model.addAttribute("wasPublic", blog.getStatus().isPublic());
		return "admin/blog-form";
	}

	@PostMapping("/admin/blogs/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") LiveBlogForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInEditor admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LiveBlog before = this.liveBlogs.forDesk(slug);
		LiveBlogStatus statusBefore = before.getStatus();
		editing(before, model);
		model.addAttribute("wasPublic", statusBefore.isPublic());
		if (form.getVersion() == null) {
			errors.reject("blog.version.missing");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/blog-form";
		}
		try {
			LiveBlog blog = this.liveBlogs.update(before.getSlug(), form.getVersion(), form.settings(), admin.asActor());
			boolean withdrawn = statusBefore.isPublic() && !blog.getStatus().isPublic();
			// Said after saving too: every link readers and search engines have now answers 404.
			redirect.addFlashAttribute("done", withdrawn ? "blog.done.nowDraft" : "blog.done.updated");
			redirect.addAttribute("slug", blog.getSlug());
			return "redirect:/admin/live/{slug}";
		}
		catch (SlugTakenException ex) {
			errors.rejectValue("slug", slugProblem(ex));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (LiveBlogConflictException ex) {
			errors.reject("blog.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return "admin/blog-form";
	}

	/** The blog being edited: its address, and the former ones that redirect to it. */
	private void editing(LiveBlog blog, Model model) {
		model.addAttribute("currentSlug", blog.getSlug());
		model.addAttribute("blogId", blog.getId());
		model.addAttribute("formerSlugs", this.liveBlogs.formerSlugs(blog.getId()));
	}

	/** Taken now, or taken before by a blog whose old links lead to it. */
	private static String slugProblem(SlugTakenException taken) {
		return (taken instanceof SlugUsedBeforeException) ? "blog.slug.usedBefore" : "blog.slug.taken";
	}

}
