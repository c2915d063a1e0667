package news.liveblog.backoffice;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.InertHtml;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.XssVectors;
import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogSettings;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole XSS corpus ({@code src/test/resources/xss/vectors.txt}) through every editor field, each through
 * its own form, and every page that shows the field parsed as a browser would: nothing on any of them can
 * run script, load anything or restyle the page, and text fields read exactly as typed. To keep the run
 * short, vectors travel in groups that fit the field (a vector longer than the field is cut to it); each
 * vector is also rendered on its own as an entry body ({@code EntryBodyRendererTests}). Display names need an
 * account each (a bcrypt hash, slow on purpose), so the account form gets a sample; every vector still
 * reaches the pages as an entry's author name.
 */
@ApplicationTest
class XssCorpusTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void headlinesAndBodiesAreInertOnEveryPageThatShowsThem() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Map<Long, List<String>> byId = new LinkedHashMap<>();
		for (List<String> group : XssVectors.groups(EntryForm.HEADLINE_MAX)) {
			byId.put(publish(blog, String.join(" ", group), String.join("\n\n", group)), group);
		}

		Set<Long> seen = new HashSet<>();
		for (Document page : walk("/live/" + blog.getSlug(), "the feed")) {
			for (Element article : page.select(".feed-entries article.entry")) {
				long id = Long.parseLong(article.id().substring("entry-".length()));
				assertThat(article.selectFirst(".entry-headline").wholeText()).isEqualTo(headline(byId.get(id)));
				seen.add(id);
			}
		}
		assertThat(seen).as("every entry on some page of the feed").isEqualTo(byId.keySet());
		walk("/live/" + blog.getSlug() + "?order=oldest", "the feed in order");
		page("/live/" + blog.getSlug() + "/embed", null, "the embed");
		assertWellFormedAtomWithInertContent(blog);

		page("/admin/live/" + blog.getSlug(), asAdmin(), "the composer");
		List<Document> entryList = walk("/admin/live/" + blog.getSlug() + "/entries", asAdmin(), "the entry list");
		byId.forEach((id, group) -> {
			assertThat(first(entryList, "#admin-entry-" + id + " .entry-headline").wholeText())
				.isEqualTo(headline(group));
			Document permalink = page("/live/" + blog.getSlug() + "/entries/" + id, null, "the page of " + group);
			assertThat(permalink.selectFirst("#entry-" + id + " .entry-headline").wholeText()).isEqualTo(headline(group));
			Document edit = page("/admin/live/" + blog.getSlug() + "/entries/" + id + "/edit", asAdmin(),
					"the correction page of " + group);
			assertThat(edit.selectFirst("input#headline").val()).isEqualTo(headline(group));
			assertThat(edit.selectFirst("textarea#body").wholeText()).isEqualTo(String.join("\n\n", group).strip());
		});

		MvcTestResult preview = post("/admin/live/" + blog.getSlug() + "/entries", asAdmin(),
				Map.of("headline", XssVectors.packed(EntryForm.HEADLINE_MAX).get(0), "body",
						String.join("\n\n", XssVectors.all()), "submissionToken", UUID.randomUUID().toString(), "action",
						"preview"));
		assertThat(preview).hasStatusOk();
		InertHtml.assertInert(Pages.parse(preview), "the preview of the whole corpus at once");
	}

	@Test
	void correctionNotesAndTheTextsTheyReplacedAreInertOnTheHistoryPage() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		for (List<String> group : XssVectors.groups(EntryForm.NOTE_MAX)) {
			Entry entry = write(blog, String.join("\n\n", group), Newsroom.DESK);
			String note = String.join(" ", group);

			assertThat(post("/admin/live/" + blog.getSlug() + "/entries/" + entry.getId(), asAdmin(),
					Map.of("body", "Corrected.", "version", Long.toString(entry.getVersion()), "publicNote", note,
							"action", "save")))
				.hasStatus(HttpStatus.FOUND);

			Document history = page("/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/revisions", null,
					"the history of " + group);
			assertThat(history.selectFirst(".revision-note").wholeText()).isEqualTo("Editor’s note: " + note.strip());
		}
	}

	@Test
	void authorNamesAreInertOnTheFeedInItsStructuredDataAndItsAtomFeed() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		List<String> names = XssVectors.packed(100);
		for (String name : names) {
			write(blog, "Signed " + name.length(), new Actor(null, name));
		}

		List<String> shown = new ArrayList<>();
		for (Document page : walk("/live/" + blog.getSlug(), "the feed of entries by hostile names")) {
			page.select(".feed-entries .entry-author").forEach((author) -> shown.add(author.wholeText()));
		}
		assertThat(shown).containsExactlyInAnyOrderElementsOf(names.stream().map((name) -> "By " + name.strip()).toList());
		assertWellFormedAtomWithInertContent(blog);
	}

	@Test
	void retractionReasonsAreInertInTheComposer() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Map<Long, String> reasons = new LinkedHashMap<>();
		for (String reason : XssVectors.packed(EntryForm.NOTE_MAX)) {
			Entry entry = write(blog, "To be retracted.", Newsroom.DESK);
			assertThat(post("/admin/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/retract", asEditor(),
					Map.of("reason", reason)))
				.hasStatus(HttpStatus.FOUND);
			reasons.put(entry.getId(), reason.strip());
		}

		page("/admin/live/" + blog.getSlug(), asEditor(), "the composer with retractions");
		List<Document> entryList = walk("/admin/live/" + blog.getSlug() + "/entries", asEditor(),
				"the entry list with retractions");
		reasons.forEach((id, reason) -> assertThat(first(entryList, "#admin-entry-" + id + " .retraction").wholeText())
			.endsWith(": " + reason));
	}

	@Test
	void blogTitlesAndSummariesAreInertWhereverTheBlogIsNamed() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		this.newsroom.publish(blog, "An entry, so the feed has structured data for it.", Instant.now());
		List<String> titles = XssVectors.packed(200);
		List<String> summaries = XssVectors.packed(1000);
		for (int i = 0; i < titles.size(); i++) {
			String title = titles.get(i);
			String summary = summaries.get(i % summaries.size());
			Map<String, String> form = BackOffice.blogSettingsForm(blog.getSlug(), title, summary, "Europe/London",
					"LIVE");
			form.put("version", Long.toString(this.newsroom.stored(blog).getVersion()));
			assertThat(post("/admin/blogs/" + blog.getSlug(), asAdmin(), form)).hasStatus(HttpStatus.FOUND);

			Document feed = page("/live/" + blog.getSlug(), null, "the feed titled " + title);
			assertThat(feed.selectFirst(".feed-title").wholeText()).isEqualTo(title.strip());
			assertThat(feed.selectFirst(".feed-summary").wholeText()).isEqualTo(summary.strip());
			Document settings = page("/admin/blogs/" + blog.getSlug() + "/edit", asAdmin(), "the settings of " + title);
			assertThat(settings.selectFirst("input#title").val()).isEqualTo(title.strip());
			page("/admin/live/" + blog.getSlug(), asAdmin(), "the composer of " + title);
			Document embed = page("/live/" + blog.getSlug() + "/embed", null, "the embed titled " + title);
			assertThat(embed.selectFirst(".feed-title").wholeText()).isEqualTo(title.strip());
			Document code = Jsoup.parseBodyFragment(page("/admin/live/" + blog.getSlug() + "/embed", asAdmin(),
					"the embed code of " + title).selectFirst("textarea#embed-code").wholeText());
			assertThat(code.body().children().stream().map(Element::tagName)).as("the frame and the script alone")
				.containsExactly("iframe", "script");
			assertThat(code.selectFirst("iframe").attr("title")).isEqualTo(title.strip());
		}

		// The lists of blogs: a blog of its own per title, so that a page shows many at once. The front page
		// shows the 50 newest live ones: a batch at a time, withdrawn before the next.
		for (int from = 0; from < titles.size(); from += 40) {
			List<String> batch = titles.subList(from, Math.min(titles.size(), from + 40));
			for (String title : batch) {
				this.newsroom.withdrawnLater(this.newsroom.liveBlogs()
					.open(new LiveBlogSettings(Newsroom.uniqueSlug(), title, summaries.get(0), Locale.ENGLISH,
							ZoneId.of("Europe/London"), LiveBlogStatus.LIVE, Instant.now(), null), Newsroom.DESK));
			}
			Document home = page("/", null, "the front page");
			for (String title : batch) {
				assertThat(home.select(".blog-card h2 a")).anyMatch((link) -> link.wholeText().equals(title.strip()));
			}
			this.newsroom.withdrawPublicBlogs();
		}
		Document dashboard = page("/admin", asAdmin(), "the dashboard");
		for (String title : titles) {
			assertThat(dashboard.select("td a")).anyMatch((link) -> link.wholeText().equals(title.strip()));
		}
	}

	@Test
	void displayNamesAreInertOnTheAccountsPageTheComposerAndTheirEntries() {
		List<String> names = XssVectors.packed(100);
		List<String> sample = IntStream.range(0, names.size()).filter((i) -> i % 10 == 0).mapToObj(names::get).toList();
		LiveBlog blog = this.newsroom.openPublicBlog();
		List<String> usernames = new ArrayList<>();
		for (String name : sample) {
			String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
			assertThat(post("/admin/accounts", asAdmin(), Map.of("username", username, "displayName", name, "password",
					"a long enough password", "role", "EDITOR")))
				.hasStatus(HttpStatus.FOUND);
			usernames.add(username);
		}

		Document accountsPage = page("/admin/accounts", asAdmin(), "the accounts page");
		for (int i = 0; i < sample.size(); i++) {
			String name = sample.get(i).strip();
			assertThat(accountsPage.select("td")).as(name).anyMatch((cell) -> cell.wholeText().equals(name));
			RequestPostProcessor author = this.backOffice.as(usernames.get(i));
			page("/admin/live/" + blog.getSlug(), author, "the composer signed in as " + name);
			publish(blog, null, "Written by " + i, author);
		}
		walk("/live/" + blog.getSlug(), "the feed of entries signed with hostile names");
	}

	private static String headline(List<String> group) {
		return String.join(" ", group).strip();
	}

	private long publish(LiveBlog blog, String headline, String body) {
		return publish(blog, headline, body, asEditor());
	}

	private long publish(LiveBlog blog, String headline, String body, RequestPostProcessor as) {
		return this.backOffice.newEntry(blog).as(as).headline(headline).body(body).publish();
	}

	private Entry write(LiveBlog blog, String body, Actor author) {
		return this.newsroom.write(blog, EntryText.of(body), Publication.now(), author);
	}

	/** A page of a feed and every page its "next" links lead to, each checked; returns them all. */
	private List<Document> walk(String first, String what) {
		return walk(first, null, what);
	}

	/** The same, signed in: the back office's entry list, a page at a time. */
	private List<Document> walk(String first, RequestPostProcessor as, String what) {
		List<Document> pages = new ArrayList<>();
		String next = first;
		while (next != null) {
			Document page = page(next, as, what + " at " + next);
			pages.add(page);
			Element link = page.selectFirst("a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		return pages;
	}

	/** The element on whichever of these pages has it. */
	private static Element first(List<Document> pages, String selector) {
		return pages.stream()
			.map((page) -> page.selectFirst(selector))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + selector + " on any of " + pages.size() + " pages"));
	}

		/** The Atom feed parses as strict XML, holds no script, and the HTML it carries is inert too. */
	private void assertWellFormedAtomWithInertContent(LiveBlog blog) {
		MvcTestResult atom = this.backOffice.get("/live/" + blog.getSlug() + "/feed.atom");
		assertThat(atom).hasStatusOk();
		org.w3c.dom.Document xml;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			xml = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(atom.getResponse().getContentAsByteArray()));
		}
		catch (Exception ex) {
			throw new AssertionError("The Atom feed of " + blog.getSlug() + " is not well-formed XML", ex);
		}
		assertThat(xml.getElementsByTagNameNS("*", "script").getLength()).isZero();
		NodeList contents = xml.getElementsByTagNameNS("*", "content");
		assertThat(contents.getLength()).isPositive();
		for (int i = 0; i < contents.getLength(); i++) {
			InertHtml.assertInert(Jsoup.parseBodyFragment(contents.item(i).getTextContent()), "an Atom entry's content");
		}
	}

	private Document page(String uri, RequestPostProcessor as, String what) {
		MvcTestResult result = this.backOffice.get(uri, as);
		assertThat(result).as(what).hasStatusOk();
		Document page = Pages.parse(result);
		InertHtml.assertInert(page, what);
		return page;
	}

	private MvcTestResult post(String uri, RequestPostProcessor as, Map<String, String> fields) {
		return this.backOffice.post(uri, as, fields);
	}

	private RequestPostProcessor asEditor() {
		return this.backOffice.asEditor();
	}

	private RequestPostProcessor asAdmin() {
		return this.backOffice.asAdmin();
	}

}
