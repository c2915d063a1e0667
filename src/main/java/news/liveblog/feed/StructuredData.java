package news.liveblog.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;

import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryImage;
import news.liveblog.entry.SocialPost;
import news.liveblog.entry.EntryPhoto;
import news.liveblog.entry.QuotedQuestion;

import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's schema.org {@code LiveBlogPosting}, complete enough for search engines to show the blog as
 * live: coverage times, and each update as a {@code BlogPosting} with a real headline.
 */
final class StructuredData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructuredData() {
	}

	/** JSON to print inside a script element: {@code <} is escaped, so no text can close the element. */
	static String liveBlogPosting(LiveBlog blog, List<Entry> newest, String pageUrl, PublicAddresses addresses) {
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "LiveBlogPosting");
		posting.put("@id", pageUrl);
		posting.put("url", pageUrl);
		posting.put("headline", blog.getTitle());
		posting.put("description", blog.getSummary());
		posting.put("inLanguage", blog.getLanguage().toLanguageTag());
		if (blog.getCoverageStart() != null) {
			posting.put("coverageStartTime", time(blog.getCoverageStart()));
		}
		if (blog.getCoverageEnd() != null) {
			posting.put("coverageEndTime", time(blog.getCoverageEnd()));
		}
		posting.put("dateModified", time(blog.getLastChange()));
		posting.put("liveBlogUpdate",
				newest.stream().map((entry) -> update(entry, pageUrl, blog.getTimeZone(), addresses)).toList());
		return JSON.writeValueAsString(posting).replace("<", "\\u003c");
	}

	/** The answer's text, after the reader's question it answers (quoted, with who asked), as the page reads. */
	private static String articleBody(Entry entry) {
		String body = Jsoup.parse(entry.getBodyHtml()).text();
		QuotedQuestion question = entry.getQuestion();
		if (question == null) {
			return body;
		}
		String asked = "“" + question.text() + "”" + ((question.askedBy() != null) ? " — " + question.askedBy() : "");
		return asked + "\n\n" + body;
	}

	private static Map<String, Object> update(Entry entry, String pageUrl, ZoneId zone, PublicAddresses addresses) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("@type", "BlogPosting");
		update.put("headline", AtomFeed.title(entry));
		update.put("articleBody", articleBody(entry));
		update.put("datePublished", time(entry.getPublishedAt()));
		update.put("dateModified", time(entry.getTextChangedAt()));
		update.put("author", entry.getAuthorNames()
			.stream()
			.map((name) -> Map.of("@type", "Person", "name", name))
			.toList());
		update.put("url", pageUrl + "#entry-" + entry.getId());
		// schema.org takes one image or a list: the image the editor linked, then the gallery's photos.
		List<Map<String, Object>> images = new ArrayList<>();
		EntryImage image = entry.getImage();
		if (image != null) {
			images.add(image(image));
		}
		entry.getPhotos().forEach((photo) -> images.add(image(photo, addresses)));
		if (images.size() == 1 && entry.getPhotos().isEmpty()) {
			update.put("image", images.getFirst());
		}
		else if (!images.isEmpty()) {
			update.put("image", images);
		}
		SocialPost post = entry.getSocialPost();
		if (post != null) {
			update.put("sharedContent", sharedContent(post, zone));
		}
		return update;
	}

	/** The post or video the entry shows: what its card says, with the original's address. */
	private static Map<String, Object> sharedContent(SocialPost post, ZoneId zone) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@type", post.network().isVideo() ? "VideoObject" : "SocialMediaPosting");
		object.put("url", post.url());
		object.put("author", Map.of("@type", "Person", "name", post.author()));
		if (post.network().isVideo()) {
			object.put("name", (post.text() != null) ? post.text() : post.author());
		}
		if (post.text() != null) {
			object.put(post.network().isVideo() ? "description" : "text", post.text());
		}
		if (post.postedOn() != null) {
			object.put(post.network().isVideo() ? "uploadDate" : "datePublished", post.isoPostedAt(zone));
		}
		object.put("publisher", Map.of("@type", "Organization", "name", post.network().displayName()));
		return object;
	}

	private static Map<String, Object> image(EntryImage image) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@type", "ImageObject");
		object.put("url", image.url());
		texts(object, image.alt(), image.caption(), image.credit());
		if (image.sized()) {
			object.put("width", image.width());
			object.put("height", image.height());
		}
		return object;
	}

	/** A photo of the gallery: its largest rendition, with the texts the editor wrote for it. */
	private static Map<String, Object> image(EntryPhoto photo, PublicAddresses addresses) {
		Map<String, Object> object = new LinkedHashMap<>();
		String url = addresses.absolute(photo.stored().largestPath());
		object.put("@type", "ImageObject");
		object.put("contentUrl", url);
		object.put("url", url);
		object.put("width", photo.width());
		object.put("height", photo.height());
		texts(object, photo.alt(), photo.caption(), photo.credit());
		return object;
	}

	/** What the editor wrote about an image; the caption and the credit only when it has them. */
	private static void texts(Map<String, Object> object, String alt, String caption, String credit) {
		object.put("description", alt);
		if (caption != null) {
			object.put("caption", caption);
		}
		if (credit != null) {
			object.put("creditText", credit);
		}
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
