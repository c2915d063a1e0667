package news.liveblog.backoffice;

import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.feed.PublicAddresses;
import news.liveblog.system.PartnerFraming;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * "Embed on another site": the code a partner pastes into a page of theirs to show the blog there (its
 * embed's frame, and the script that sizes it), with the sites allowed to. Only public addresses and a
 * setting: anyone on the desk may read it.
 */
@Controller
class EmbedSnippetController {

	/** The frame's height without the script, which the blog then scrolls inside. */
	static final int FIXED_HEIGHT = 800;

	private final LiveBlogs liveBlogs;

	private final PublicAddresses addresses;

	private final PartnerFraming framing;

	EmbedSnippetController(LiveBlogs liveBlogs, PublicAddresses addresses, PartnerFraming framing) {
		this.liveBlogs = liveBlogs;
		this.addresses = addresses;
		this.framing = framing;
	}

	@GetMapping("/admin/live/{slug}/embed")
	String snippet(@PathVariable String slug, Model model) {
		LiveBlog blog = this.liveBlogs.forDesk(slug);
		model.addAttribute("blog", BackOfficeBlogView.of(blog));
		model.addAttribute("snippet", snippet(blog));
		model.addAttribute("embedUrl", this.addresses.embed(blog.getSlug()));
		model.addAttribute("partnerOrigins", String.join(", ", this.framing.partnerOrigins()));
		return "admin/embed-snippet";
	}

	/**
	 * The code to paste. The style attribute is the partner's page's, not ours: our policy does not apply
	 * there. The title is the blog's, escaped, as it lands in the partner's markup as an attribute.
	 * {@code allow}: a frame of another origin may copy an entry's link or share it only if the page lets it.
	 */
	String snippet(LiveBlog blog) {
		return "<iframe src=\"" + this.addresses.embed(blog.getSlug()) + "\" data-liveblog-embed title=\""
				+ HtmlUtils.htmlEscape(blog.getTitle(), "UTF-8") + "\" loading=\"lazy\" allow=\"clipboard-write; web-share\" "
				+ "style=\"width:100%;height:" + FIXED_HEIGHT + "px;border:0\"></iframe>\n"
				+ "<script src=\"" + this.addresses.embedScript() + "\" async></script>";
	}

}
