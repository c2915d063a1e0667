package news.liveblog.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.ComposerForm;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.account.Accounts;
import news.liveblog.account.Editor;
import news.liveblog.account.EditorRole;
import news.liveblog.account.SignedIn;
import news.liveblog.audit.AuditEvent;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter writes and submits; nothing of it reaches readers until an editor publishes it from the blog's
 * review queue, with the reporter on the byline (and the editor after them when they rewrote it); or the
 * editor sends it back with a note the reporter reads beside their text. Contributors reach nothing else.
 */
@ApplicationTest
class ContributorReviewTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSubmissionIsOnNoPublicPageUntilAnEditorPublishesItFromTheQueueUnderTheReportersName() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, "From NATO headquarters", "Zelensky arrives at NATO headquarters.");

		Entry submitted = this.newsroom.stored(blog, id);
		assertThat(submitted.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		assertOnNoPublicPage(blog, id, "Zelensky arrives");

		Document queue = this.backOffice.page(review(blog), editor());
		Element item = queue.selectFirst("#review-queue [data-entry-id=" + id + "]");
		assertThat(item).isNotNull();
		assertThat(item.text()).contains("By Demo Reporter", "From NATO headquarters", "Zelensky arrives");
		assertThat(queue.selectFirst("#review-queue").attr("data-desk-refresh"))
			.isEqualTo(review(blog) + "?fragment=list");
		Document editPage = this.backOffice.page(item.selectFirst("a").attr("href"), editor());
		assertThat(editPage.select("button[name=action]").eachAttr("value")).contains("publish", "schedule", "save",
				"send_back");

		MvcTestResult published = correction(blog, submitted, editor()).send("publish");
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo(review(blog));
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(this.backOffice.page(review(blog), editor()).select("#review-queue [data-entry-id]")).isEmpty();

		assertBylines(blog, id, List.of("Demo Reporter"), "By Demo Reporter");
		List<AuditEvent> trail = this.newsroom.auditTrailOf(id);
		assertThat(trail).extracting(AuditEvent::getAction).containsExactly("entry.PUBLISHED", "entry.SUBMITTED");
		assertThat(trail.get(1).getActor()).isEqualTo("Demo Reporter");
		assertThat(trail.get(0).getActor()).isEqualTo("Demo Editor");
		assertThat(trail.get(0).getDetails()).isEqualTo("written by Demo Reporter");
	}

	@Test
	void anEditorSavingASubmissionInTheQueueIsRecordedAsChangingItNotAsSubmittingIt() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "The summit starts at 10.");

		MvcTestResult saved = correction(blog, this.newsroom.stored(blog, id), editor())
			.body("The summit starts at 10:00.")
			.send("save");

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		AuditEvent last = this.newsroom.auditTrailOf(id).getFirst();
		assertThat(last.getAction()).isEqualTo("entry.SUBMISSION_EDITED");
		assertThat(last.getActor()).isEqualTo("Demo Editor");
		assertThat(last.getDetails()).isEqualTo("changed body");
		Element row = this.backOffice.page("/admin/audit?blog=" + blog.getId(), this.backOffice.asAdmin())
			.selectFirst("tbody tr");
		assertThat(row.selectFirst(".audit-action").text()).isEqualTo("changed a submission waiting for review");
	}

	@Test
	void anEditorWhoRewritesASubmissionIsNamedAfterTheReporterInTheBlogsLanguage() {
		LiveBlog blog = this.newsroom.withdrawnLater(this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.FRENCH,
				ZoneId.of("Europe/Brussels")));
		long id = submit(blog, null, "Zelensky est arrivé à l’OTAN.");

		correction(blog, this.newsroom.stored(blog, id), editor()).body("Zelensky est arrivé au siège de l’OTAN.")
			.send("publish");

		assertBylines(blog, id, List.of("Demo Reporter", "Demo Editor"), "Par Demo Reporter et Demo Editor");
		JsonNode api = json("/api/live/" + blog.getSlug() + "/entries").get("entries").get(0);
		assertThat(api.get("author").asString()).as("what old clients read").isEqualTo("Demo Reporter");
	}

	@Test
	void aSubmissionSentBackWithANoteShowsTheNoteToItsAuthorWhoChangesItAndSubmitsAgain() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "The summit starts at 10.");
		MvcTestResult sentBack = correction(blog, this.newsroom.stored(blog, id), editor())
			.field("reviewNote", "Check the time with the EU press office.")
			.send("send_back");
		assertThat(sentBack).hasStatus(HttpStatus.FOUND);

		Entry draft = this.newsroom.stored(blog, id);
		assertThat(draft.getStatus()).isEqualTo(EntryStatus.DRAFT);
		Document editPage = this.backOffice.editPage(blog, id, reporter());
		assertThat(editPage.selectFirst(".review-note").text()).contains("Demo Editor",
				"Check the time with the EU press office.");
		assertThat(editPage.selectFirst("textarea[name=body]").text()).isEqualTo("The summit starts at 10.");
		Element mine = composer(blog, reporter()).selectFirst("#my-submissions [data-entry-id=" + id + "]");
		assertThat(mine.text()).contains("Sent back", "Check the time with the EU press office.");
		Instant sentBackAt = draft.getSentBackAt();
		assertThat(mine.selectFirst(".review-note").text()).as("when, by the blog's clock, named")
			.contains(blog.printTime(sentBackAt) + " " + blog.printZone(sentBackAt) + ": Check the time");
		// Said the same in the entry list below and on its page, not "Draft" there (found by a helper).
		assertThat(composer(blog, reporter()).selectFirst("#admin-entry-" + id + " .status-label").text())
			.isEqualTo("Sent back");
		assertThat(editPage.selectFirst(".admin-entry-meta .status-label").text()).isEqualTo("Sent back");
		assertThat(this.newsroom.auditTrailOf(id).getFirst().getAction()).isEqualTo("entry.SENT_BACK");
		assertThat(this.newsroom.auditTrailOf(id).getFirst().getDetails())
			.isEqualTo("note: Check the time with the EU press office.");

		correction(blog, draft, reporter()).body("The summit starts at 10:30.").send("submit");

		Entry again = this.newsroom.stored(blog, id);
		assertThat(again.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		assertThat(again.getBodySource()).isEqualTo("The summit starts at 10:30.");
		assertThat(again.getReviewNote()).isNull();
		assertThat(this.backOffice.page(review(blog), editor()).select("#review-queue [data-entry-id=" + id + "]"))
			.hasSize(1);
	}

	@Test
	void aNoteOverItsLimitOrWithANulComesBackBesideItsFieldWithEverythingKept() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "Quote from the NATO press room.");
		Entry submitted = this.newsroom.stored(blog, id);

		for (String note : List.of("x".repeat(EntryForm.REVIEW_NOTE_MAX + 1), "Check\u0000 this", " ")) {
			MvcTestResult refused = correction(blog, submitted, editor()).body("Edited by the editor.")
				.field("reviewNote", note)
				.send("send_back");
			assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			Document page = Pages.parse(refused);
			Element form = page.selectFirst("form.composer-form");
			assertThat(BackOffice.fieldError(form, "reviewNote")).isNotBlank();
			assertThat(form.selectFirst("textarea[name=body]").text()).isEqualTo("Edited by the editor.");
			assertThat(form.selectFirst("details.send-back").hasAttr("open")).isTrue();
		}
		Entry after = this.newsroom.stored(blog, id);
		assertThat(after.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		assertThat(after.getVersion()).isEqualTo(submitted.getVersion());
	}

	@Test
	void twoEditorsSavingOneSubmissionAtOnceGetTheConflictPage() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "Draft quote.");
		Entry opened = this.newsroom.stored(blog, id);

		MvcTestResult saved = correction(blog, opened, editor()).body("First editor's version.").send("save");
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved).as("saved, not published").flash().containsEntry("done", "entry.done.saved");
		MvcTestResult second = correction(blog, opened, this.backOffice.asAdmin()).body("Second editor's version.")
			.send("publish");

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(second).text()).contains("First editor's version.", "Second editor's version.");
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getStatus()).as("saved, kept in the queue").isEqualTo(EntryStatus.SUBMITTED);
		assertThat(stored.getBodySource()).isEqualTo("First editor's version.");
	}

	@Test
	void aReporterSavingJustAfterAnEditorPublishedTheirSubmissionGetsTheirTextBackAsANewSubmissionToSend() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "The summit starts at 10.");
		// The reporter's form is open (over this version) when an editor publishes the submission.
		this.backOffice.editPage(blog, id, reporter());
		Entry opened = this.newsroom.stored(blog, id);
		assertThat(correction(blog, opened, editor()).send("publish")).hasStatus(HttpStatus.FOUND);

		MvcTestResult late = correction(blog, opened, reporter()).body("The summit starts at 10:30, not 10.")
			.send("submit");

		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		// Not the published entry's page, whose buttons the reporter may no longer use: the composer, whose
		// Submit sends the text to the queue for the desk to correct the entry with.
		Element form = Pages.parse(late).selectFirst("form#composer");
		assertThat(form.attr("action")).isEqualTo("/admin/live/" + blog.getSlug() + "/entries");
		assertThat(form.selectFirst("textarea[name=body]").text()).isEqualTo("The summit starts at 10:30, not 10.");
		assertThat(form.selectFirst("input[name=version]")).isNull();
		assertThat(Pages.parse(late).select("[data-form-problems] p, [data-form-problems] li").eachText())
			.as("said once").filteredOn((said) -> said.startsWith("An editor published or scheduled this entry "
					+ "meanwhile, as it was before your changes, so nothing was saved over it. Your text is below as a "
					+ "new entry"))
			.hasSize(1);
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(stored.getBodySource()).as("nothing saved over the editor's").isEqualTo("The summit starts at 10.");

		MvcTestResult sent = this.backOffice.newEntry(blog)
			.as(reporter())
			.body(form.selectFirst("textarea[name=body]").text())
			.token(UUID.fromString(form.selectFirst("input[name=submissionToken]").val()))
			.send("submit");

		assertThat(this.newsroom.stored(blog, BackOffice.doneEntryId(sent)).getStatus()).isEqualTo(EntryStatus.SUBMITTED);
		assertThat(this.newsroom.stored(blog, id).getBodySource()).isEqualTo("The summit starts at 10.");
	}

	@Test
	void anEditorSendingBackASubmissionAColleaguePublishedMeanwhileGetsTheFormBackWithTheirNote() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long id = submit(blog, null, "Turnout was 64%.");
		Entry opened = this.newsroom.stored(blog, id);
		this.backOffice.editPage(blog, id, editor());
		assertThat(correction(blog, opened, this.backOffice.asAdmin()).send("publish")).hasStatus(HttpStatus.FOUND);

		MvcTestResult late = correction(blog, opened, editor()).field("reviewNote", "Which source says 64%?")
			.send("send_back");

		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(late);
		assertThat(page.selectFirst("textarea[name=reviewNote]").text()).isEqualTo("Which source says 64%?");
		assertThat(page.text()).contains("It is no longer waiting for review");
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
	}

	@Test
	void aReporterSavingADraftAnEditorDeletedMeanwhileGetsTheComposerWithTheTextKeptAndSendsItAsANewEntry() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		MvcTestResult written = this.backOffice.newEntry(blog).as(reporter()).body("Notes from the corridor.")
			.send("draft");
		long id = BackOffice.doneEntryId(written);
		Entry opened = this.newsroom.stored(blog, id);
		assertThat(this.backOffice.post("/admin/live/" + blog.getSlug() + "/entries/" + id + "/delete", editor(),
				Map.of()))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult late = correction(blog, opened, reporter()).body("Notes from the corridor, checked.")
			.send("draft");

		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(late);
		assertThat(page.text())
			.contains("This draft was deleted by Demo Editor; send it again to keep it as a new entry.");
		Element composer = page.selectFirst("form#composer");
		assertThat(composer.selectFirst("textarea[name=body]").text()).isEqualTo("Notes from the corridor, checked.");
		int before = this.newsroom.storedEntries(blog).size();
		long again = BackOffice.doneEntryId(this.backOffice.newEntry(blog)
			.as(reporter())
			.body(composer.selectFirst("textarea[name=body]").text())
			.token(UUID.fromString(composer.selectFirst("[name=submissionToken]").val()))
			.send("draft"));
		assertThat(this.newsroom.storedEntries(blog)).hasSize(before + 1);
		assertThat(this.newsroom.stored(blog, again).getBodySource()).isEqualTo("Notes from the corridor, checked.");
		assertThat(this.backOffice.get(edit(blog, id), reporter())).as("the deleted one stays gone")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aContributorOpensNeitherAnotherContributorsDraftNorAScheduledEntryAndChangesNothing() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Editor other = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
		long theirs = BackOffice.doneEntryId(this.backOffice.newEntry(blog)
			.as(this.backOffice.as(other))
			.body("Their own draft.")
			.send("draft"));
		long submittedByThem = submit(blog, null, "Reporter's submission.");
		Entry scheduled = this.newsroom.write(blog, EntryText.of("Embargoed until noon."),
				Publication.scheduled(this.newsroom.clock().instant().plusSeconds(3600)));

		// Not theirs to know of: the very 404 of an id never used, not a 403 that says it exists.
		for (long id : List.of(theirs, scheduled.getId())) {
			Entry before = this.newsroom.stored(blog, id);
			MvcTestResult open = this.backOffice.get(edit(blog, id), reporter());
			assertThat(open).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(correction(blog, before, reporter()).body("Taken over.").send("submit"))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.newsroom.stored(blog, id).getVersion()).isEqualTo(before.getVersion());
		}
		assertThat(this.backOffice.get(edit(blog, Long.MAX_VALUE), reporter())).as("an id never used")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.backOffice.get(edit(blog, submittedByThem), this.backOffice.as(other))).as("not theirs")
			.hasStatus(HttpStatus.NOT_FOUND);
		Entry published = this.newsroom.publish(blog, "Out already.", Instant.now());
		assertThat(this.backOffice.get(edit(blog, published.getId()), reporter())).as("known, but an editor's")
			.hasStatus(HttpStatus.FORBIDDEN);

		Document composer = composer(blog, reporter());
		assertThat(composer.text()).contains("Reporter's submission.")
			.doesNotContain("Their own draft.", "Embargoed until noon.");
		assertThat(composer.select("form#composer button[name=action]").eachAttr("value"))
			.containsExactly("submit", "preview", "draft");
		assertThat(composer.select("form#composer [name=pin], form#composer [name=scheduledAt]")).isEmpty();
		assertThat(composer.select(".admin-entry-actions form")).as("no pin, unpin or retract").isEmpty();
	}

	@Test
	void aContributorsFormAskingToPublishScheduleOrPinIsRefusedWithTheBackOfficesForbiddenPage() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		int before = this.newsroom.storedEntries(blog).size();

		for (String action : List.of("publish", "schedule", "save")) {
			MvcTestResult refused = this.backOffice.newEntry(blog).as(reporter()).body("Straight to readers?")
				.field("scheduledAt", "2099-01-01T10:00")
				.send(action);
			assertThat(refused).as(action).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.backOffice.newEntry(blog).as(reporter()).body("Pinned?").field("pin", "true").send("submit"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.newsroom.storedEntries(blog)).hasSize(before);
		long own = submit(blog, null, "My own submission.");
		Entry submitted = this.newsroom.stored(blog, own);
		for (String action : List.of("publish", "schedule", "send_back")) {
			assertThat(correction(blog, submitted, reporter()).field("reviewNote", "Fine by me.").send(action))
				.as(action + " on their own submission")
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.newsroom.stored(blog, own).getVersion()).isEqualTo(submitted.getVersion());

		// The page the refusals forward to (MockMvc does not follow forwards: asked for here as they reach it).
		MvcTestResult page = this.backOffice.get("/admin/forbidden", reporter());
		assertThat(page).hasStatus(HttpStatus.FORBIDDEN);
		Document forbidden = Pages.parse(page);
		assertThat(forbidden.selectFirst("h1").text()).isEqualTo("For editors only");
		assertThat(forbidden.select(".admin-nav").text()).contains("Signed in as Demo Reporter");
	}

	@Test
	void theDashboardCountsWhatWaitsForReviewAndLinksToTheQueueForEditorsOnly() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		submit(blog, null, "One.");
		submit(blog, null, "Two.");

		Element count = row(this.backOffice.page("/admin", editor()), blog).selectFirst(".review-count a");
		assertThat(count.text()).isEqualTo("2");
		assertThat(count.attr("href")).isEqualTo(review(blog));
		assertThat(row(this.backOffice.page("/admin", reporter()), blog).select(".review-count")).isEmpty();
	}

	@Test
	void theReportersOwnListSaysWhatBecameOfEachSubmissionAndIsALiveRegion() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		long waiting = submit(blog, null, "Still waiting.");
		long published = submit(blog, null, "Went live.");
		correction(blog, this.newsroom.stored(blog, published), editor()).send("publish");

		MvcTestResult fragment = this.backOffice.get("/admin/live/" + blog.getSlug() + "/submissions?fragment=list",
				reporter());
		assertThat(fragment).hasStatusOk();
		Element list = Jsoup.parseBodyFragment(new String(fragment.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.selectFirst("#my-submissions");
		assertThat(list.attr("data-desk-blog")).isEqualTo(Long.toString(blog.getId()));
		assertThat(list.attr("data-desk-refresh")).isEqualTo("/admin/live/" + blog.getSlug() + "/submissions?fragment=list");
		assertThat(list.selectFirst("[data-entry-id=" + waiting + "]").text()).contains("Waiting for review");
		Element live = list.selectFirst("[data-entry-id=" + published + "]");
		assertThat(live.text()).contains("Published");
		assertThat(live.selectFirst("a[href$=/entries/" + published + "]")).as("its public page").isNotNull();
	}

	private void assertOnNoPublicPage(LiveBlog blog, long id, String text) {
		assertThat(this.backOffice.publicFeed(blog).text()).doesNotContain(text);
		assertThat(this.backOffice.get("/live/" + blog.getSlug() + "/entries/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body("/live/" + blog.getSlug() + "/feed.atom")).doesNotContain(text);
		assertThat(body("/api/live/" + blog.getSlug() + "/entries")).doesNotContain(text);
		assertThat(body("/sitemap.xml")).doesNotContain("/entries/" + id);
		// The live stream sends what the change log holds: nothing of a submission.
		assertThat(this.jdbc.sql("select count(*) from live_change where entry_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	private void assertBylines(LiveBlog blog, long id, List<String> names, String byline) {
		Element article = this.backOffice.publicFeed(blog).selectFirst("article#entry-" + id);
		assertThat(article.selectFirst(".entry-author").text()).isEqualTo(byline);
		JsonNode posting = JSON.readTree(this.backOffice.publicFeed(blog)
			.selectFirst("script[type=application/ld+json]")
			.data());
		JsonNode authors = posting.get("liveBlogUpdate").get(0).get("author");
		assertThat(authors.isArray()).isTrue();
		assertThat(authors.valueStream().map((person) -> person.get("@type").asString()).distinct().toList())
			.containsExactly("Person");
		assertThat(authors.valueStream().map((person) -> person.get("name").asString()).toList()).isEqualTo(names);
		Document atom = Jsoup.parse(body("/live/" + blog.getSlug() + "/feed.atom"), Parser.xmlParser());
		assertThat(atom.select("entry").getFirst().select("> author > name").eachText()).isEqualTo(names);
		JsonNode api = json("/api/live/" + blog.getSlug() + "/entries").get("entries").get(0);
		assertThat(api.get("authors").valueStream().map(JsonNode::asString).toList()).isEqualTo(names);
		assertThat(api.get("author").asString()).isEqualTo(names.getFirst());
	}

	/** The reporter's composer form, submitted for review; the entry's id. */
	private long submit(LiveBlog blog, String headline, String body) {
		MvcTestResult result = this.backOffice.newEntry(blog).as(reporter()).headline(headline).body(body).send("submit");
		return BackOffice.doneEntryId(result);
	}

	/** The entry's form as that account sends it, over the version given. */
	private ComposerForm correction(LiveBlog blog, Entry entry, RequestPostProcessor as) {
		return this.backOffice.correction(blog, entry.getId())
			.as(as)
			.headline(entry.getHeadline())
			.body(entry.getBodySource())
			.field("version", Long.toString(entry.getVersion()));
	}

	private Document composer(LiveBlog blog, RequestPostProcessor as) {
		return this.backOffice.page("/admin/live/" + blog.getSlug(), as);
	}

	private static Element row(Document dashboard, LiveBlog blog) {
		return dashboard.selectFirst("a[href=/admin/live/" + blog.getSlug() + "]").closest("tr");
	}

	private String body(String uri) {
		MvcTestResult result = this.backOffice.get(uri);
		assertThat(result).as(uri).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private JsonNode json(String uri) {
		return JSON.readTree(body(uri));
	}

	private static String review(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug() + "/review";
	}

	private static String edit(LiveBlog blog, long id) {
		return "/admin/live/" + blog.getSlug() + "/entries/" + id + "/edit";
	}

	private RequestPostProcessor editor() {
		return this.backOffice.asEditor();
	}

	private RequestPostProcessor reporter() {
		return this.backOffice.as(DemoAccounts.REPORTER);
	}

}
