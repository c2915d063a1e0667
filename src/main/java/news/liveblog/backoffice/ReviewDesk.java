package news.liveblog.backoffice;

import java.util.List;

import news.liveblog.account.SignedInEditor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;

import org.springframework.stereotype.Component;

/** A blog's review queue as editors read it, and a contributor's submissions as they follow them. */
@Component
class ReviewDesk {

	private final Entries entries;

	ReviewDesk(Entries entries) {
		this.entries = entries;
	}

	/** The blog's submissions waiting for an editor, the longest waiting first. */
	List<SubmissionView> queue(LiveBlog blog) {
		return this.entries.reviewQueue(blog.getId()).stream().map((entry) -> SubmissionView.of(blog, entry)).toList();
	}

	/** What this contributor submitted to the blog, whatever became of it, the latest first. */
	List<SubmissionView> submissionsBy(LiveBlog blog, SignedInEditor contributor) {
		return this.entries.submissionsBy(blog.getId(), contributor.getEditorId())
			.stream()
			.map((entry) -> SubmissionView.of(blog, entry))
			.toList();
	}

}
