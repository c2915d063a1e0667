package news.liveblog.backoffice;

import java.util.List;
import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.entry.Entries;
import news.liveblog.entry.EntryStatistics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final LiveBlogs liveBlogs;

	private final Entries entries;

	DashboardController(LiveBlogs liveBlogs, Entries entries) {
		this.liveBlogs = liveBlogs;
		this.entries = entries;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		List<LiveBlog> blogs = this.liveBlogs.all();
		Map<Long, EntryStatistics> statistics = this.entries
			.statistics(blogs.stream().map(LiveBlog::getId).toList());
		model.addAttribute("blogs", blogs.stream().map((blog) -> {
			EntryStatistics figures = statistics.getOrDefault(blog.getId(), EntryStatistics.none(blog.getId()));
			var lastUpdate = (figures.lastChange() != null && figures.lastChange().isAfter(blog.getUpdatedAt()))
					? figures.lastChange() : blog.getUpdatedAt();
			return new DashboardRow(blog.getSlug(), blog.getTitle(), blog.getStatus().name(), figures.published(),
					blog.printDate(lastUpdate) + " " + blog.printTime(lastUpdate), blog.printIso(lastUpdate));
		}).toList());
		return "admin/dashboard";
	}

	/** A blog as the dashboard lists it; the last update in the blog's own zone. */
	record DashboardRow(String slug, String title, String status, long publishedEntries, String lastUpdate,
			String lastUpdateIso) {
	}

}
