package news.liveblog.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.account.Accounts;
import news.liveblog.account.Actor;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule of who may know of an entry, in Java ({@link Entry#mayBeKnownBy}) and in the entry list's SQL:
 * over entries in every status by a contributor and by a colleague, every tab a contributor's list shows is
 * exactly what the Java rule lets through of an editor's, in the same order, and so are its counts.
 */
@ApplicationTest
class EntryVisibilityTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theListsSqlShowsAContributorExactlyWhatTheJavaRuleLetsThemKnowOf() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
		Actor theirs = new Actor(reporter.getId(), reporter.getDisplayName());
		Actor colleague = this.newsroom.actor("editor");
		Map<String, Long> ids = new LinkedHashMap<>();
		for (Actor author : List.of(theirs, colleague)) {
			String who = (author == theirs) ? "own " : "colleague's ";
			ids.put(who + "draft", write(blog, who + "draft", Publication.draft(), author));
			ids.put(who + "submission", write(blog, who + "submission", Publication.submitted(), author));
			ids.put(who + "scheduled", write(blog, who + "scheduled",
					Publication.scheduled(this.newsroom.clock().instant().plusSeconds(3600)), author));
			ids.put(who + "published", write(blog, who + "published", Publication.now(), author));
			long retracted = write(blog, who + "retracted", Publication.now(), author);
			this.newsroom.entries().retract(blog.getId(), retracted, "Wrong.", colleague);
			ids.put(who + "retracted", retracted);
			// Retracted before readers had it: rows from before retracting was for published entries only.
			long neverPublic = write(blog, who + "retracted draft", Publication.draft(), author);
			this.jdbc.update("update entry set status = 'RETRACTED', retracted_at = now(), retraction_reason = 'Old.'"
					+ " where id = ?", neverPublic);
			ids.put(who + "retracted draft", neverPublic);
			long earlyRetracted = write(blog, who + "retracted scheduled",
					Publication.scheduled(this.newsroom.clock().instant().plusSeconds(3600)), author);
			this.jdbc.update("update entry set status = 'RETRACTED', retraction_reason = 'Old.',"
					+ " retracted_at = published_at - interval '1 minute' where id = ?", earlyRetracted);
			ids.put(who + "retracted scheduled", earlyRetracted);
		}

		List<String> known = new ArrayList<>();
		for (EntryTab tab : EntryTab.values()) {
			List<Entry> everything = list(blog, tab, null);
			List<Long> allowed = everything.stream()
				.filter((entry) -> entry.mayBeKnownBy(reporter.getId(), true))
				.map(Entry::getId)
				.toList();
			assertThat(list(blog, tab, reporter.getId())).extracting(Entry::getId)
				.as(tab.name())
				.containsExactlyElementsOf(allowed);
			assertThat(this.newsroom.entries().counts(filter(blog, EntryTab.ALL, reporter.getId())).get(tab))
				.as(tab + " count")
				.isEqualTo(allowed.size());
			assertThat(everything).extracting(Entry::getId).as("an editor knows of every entry").containsAll(allowed);
			if (tab == EntryTab.ALL) {
				ids.forEach((name, id) -> {
					if (allowed.contains(id)) {
						known.add(name);
					}
				});
				assertThat(everything).hasSize(ids.size());
			}
		}
		assertThat(known).as("what the rule says, written out").containsExactlyInAnyOrder("own draft",
				"own submission", "own scheduled", "own published", "own retracted", "own retracted draft",
				"own retracted scheduled", "colleague's published", "colleague's retracted");
	}

	private long write(LiveBlog blog, String body, Publication publication, Actor author) {
		return this.newsroom.write(blog, EntryText.of(body), publication, author).getId();
	}

	private List<Entry> list(LiveBlog blog, EntryTab tab, Long contributorId) {
		return this.newsroom.entries().list(filter(blog, tab, contributorId), 100).entries();
	}

	private static EntryListFilter filter(LiveBlog blog, EntryTab tab, Long contributorId) {
		return new EntryListFilter(blog.getId(), tab, null, contributorId, null, null);
	}

}
