package news.liveblog.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.live.ReadersNow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The readers now and today's peak of the blogs live or in preparation, by slug, for the dashboard's light
 * poll (presence.js): readers come and go without any change the back-office stream would announce. Ended
 * blogs are left out: they only ever grow in number, and each poll must cost the same however many there
 * are (the dashboard shows their figures as of its last refresh).
 */
@RestController
class DeskReadersController {

	private final LiveBlogs liveBlogs;

	private final ReadersNow readersNow;

	private final DeskTexts texts;

	DeskReadersController(LiveBlogs liveBlogs, ReadersNow readersNow, DeskTexts texts) {
		this.liveBlogs = liveBlogs;
		this.readersNow = readersNow;
		this.texts = texts;
	}

	@GetMapping("/admin/desk/readers")
	Map<String, ReaderFigures> readers(Locale locale) {
		List<LiveBlog> blogs = this.liveBlogs.liveOrDraft();
		Map<Long, ReadersNow.Figures> figures = this.readersNow.of(blogs);
		Map<String, ReaderFigures> bySlug = new LinkedHashMap<>();
		for (LiveBlog blog : blogs) {
			bySlug.put(blog.getSlug(),
					this.texts.figures(figures.getOrDefault(blog.getId(), ReadersNow.Figures.NONE), locale));
		}
		return bySlug;
	}

}
