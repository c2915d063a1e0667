package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.account.Editor;
import news.liveblog.audit.AuditEvent;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Two editors correct one entry at once, through the forms they use: what each changed is kept where the
 * other did not change the same field; where both did, the second sees every field of both versions, who
 * saved the other and when, and chooses; what the scheduled publishing job or pinning does in the meantime
 * is no one's conflicting change. The history shows every field each correction changed.
 */
@ApplicationTest
class EditConflictTests {

	private static final String IMAGE = "https://images.example.org/storm.jpg";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void aTextCorrectionSavedAfterAnotherEditorsImageAndKeyEventKeepsAllThree() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "The storm reached the coast.", as(b));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));

		formOfA.put("image.url", IMAGE);
		formOfA.put("image.alt", "Waves over the sea wall");
		formOfA.put("keyEvent", "true");
		formOfA.put("publicNote", "Photo added.");
		assertThat(send(blog, id, formOfA, "save", as(a))).hasStatus(HttpStatus.FOUND);
		formOfB.put("body", "The storm reached the coast at 6 a.m.");
		formOfB.put("publicNote", "Time added.");
		MvcTestResult second = send(blog, id, formOfB, "save", as(b));

		assertThat(second).as("nothing to choose: they changed different fields").hasStatus(HttpStatus.FOUND);
		assertThat(second).flash()
			.containsEntry("done", "entry.done.correctedMerged")
			.containsEntry("doneWith", a.getDisplayName());
		assertThat(this.backOffice.follow(second, as(b)).selectFirst(".flash-done").text())
			.isEqualTo("Correction published. What " + a.getDisplayName() + " changed meanwhile in other fields is kept.");
		Element article = publicFeed(blog).selectFirst("#entry-" + id);
		assertThat(article.selectFirst(".entry-body").text()).isEqualTo("The storm reached the coast at 6 a.m.");
		assertThat(article.selectFirst("img.entry-image").attr("src")).isEqualTo(IMAGE);
		assertThat(article.classNames()).as("still a key event").contains("entry-key");
		assertThat(article.selectFirst(".entry-label-key")).isNotNull();

		Document history = revisionsPage(blog, id);
		List<Element> revisions = history.select("article.revision");
		assertThat(revisions).hasSize(2);
		assertThat(changes(revisions.get(0))).as("B's correction").containsExactly("body");
		assertThat(revisions.get(0).selectFirst(".revision-note").text()).isEqualTo("Editor’s note: Time added.");
		assertThat(changes(revisions.get(1))).as("A's correction").containsExactly("keyEvent", "image");
		assertThat(revisions.get(1).selectFirst(".revision-changes").text())
			.isEqualTo("What changed: key-event mark, image");
		assertThat(revisions.get(1).selectFirst(".entry-label-key")).as("the original was no key event").isNull();
		assertThat(revisions.get(0).selectFirst(".entry-label-key")).isNotNull();
		assertThat(this.newsroom.auditTrailOf(id)).filteredOn((event) -> event.getAction().equals("entry.EDITED"))
			.extracting(AuditEvent::getActor, AuditEvent::getDetails)
			.containsExactly(tuple(b.getDisplayName(), "changed body; note: Time added."),
					tuple(a.getDisplayName(), "changed keyEvent, image; note: Photo added."));
	}

	@Test
	void whenBothChangeTheTextTheSecondSeesEveryFieldOfBothWithWhoAndWhenAndChooses() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "Five people were injured.", as(b));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));

		this.newsroom.clock().advance(Duration.ofMinutes(3));
		Instant beforeA = this.newsroom.clock().instant();
		formOfA.put("body", "Seven people were injured.");
		formOfA.put("image.url", IMAGE);
		formOfA.put("image.alt", "The scene");
		assertThat(send(blog, id, formOfA, "save", as(a))).hasStatus(HttpStatus.FOUND);
		Instant afterA = this.newsroom.clock().instant();
		this.newsroom.clock().advance(Duration.ofMinutes(2));
		formOfB.put("headline", "Injured");
		formOfB.put("body", "Six people were injured.");
		formOfB.put("publicNote", "The hospital gave the figure.");
		MvcTestResult second = send(blog, id, formOfB, "save", as(b));

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(second);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Someone else saved this entry");
		Instant savedByA = OffsetDateTime.parse(page.selectFirst(".conflict-saved-at").attr("datetime")).toInstant();
		assertThat(savedByA).as("when A saved").isBetween(beforeA.minusMillis(1), afterA.plusMillis(1));
		String alert = page.selectFirst("[role=alert]").text();
		assertThat(alert).contains("While you were editing, " + a.getDisplayName() + " saved this entry")
			.contains(blog.printTime(savedByA))
			.contains("Nothing of yours is saved yet, and nothing of theirs was overwritten.");
		for (String field : List.of("headline", "body", "keyEvent", "image", "link")) {
			assertThat(page.selectFirst("#conflict-" + field)).as("every field is shown: " + field).isNotNull();
			assertThat(page.select("#conflict-" + field + " .conflict-side")).hasSize(2);
		}
		Element body = page.selectFirst("#conflict-body");
		assertThat(body.classNames()).contains("conflict-field-conflict");
		assertThat(body.selectFirst(".conflict-theirs .conflict-side-name").text())
			.isEqualTo("Saved by " + a.getDisplayName() + ", " + blog.printDate(savedByA) + " " + blog.printTime(savedByA)
					+ " " + blog.printZone(savedByA));
		assertThat(blog.printZone(savedByA)).as("the zone named by its abbreviation").matches("[A-Z]{2,5}|GMT[+-][0-9:]+");
		assertThat(body.selectFirst(".conflict-theirs .conflict-text").wholeText()).isEqualTo("Seven people were injured.");
		assertThat(body.selectFirst(".conflict-mine textarea[name=body]").wholeText()).isEqualTo("Six people were injured.");
		assertThat(page.select("main form [maxlength]")).as("an entry near its limit is not cut when edited here").isEmpty();
		assertThat(body.select("input[type=radio][name=keep.body]")).extracting((radio) -> radio.val())
			.containsExactly("theirs", "mine");
		Element image = page.selectFirst("#conflict-image");
		assertThat(image.classNames()).contains("conflict-field-theirs");
		assertThat(image.selectFirst(".conflict-outcome").text())
			.isEqualTo("Only " + a.getDisplayName() + " changed this: theirs is kept.");
		assertThat(image.selectFirst(".conflict-theirs .conflict-url").text()).isEqualTo(IMAGE);
		assertThat(image.selectFirst(".conflict-mine .conflict-value").text()).isEqualTo("None");
		assertThat(page.selectFirst("#conflict-headline .conflict-outcome").text())
			.isEqualTo("Only you changed this: yours is kept.");
		// What neither changed is folded (its two versions one click away), what either changed is not.
		Element link = page.selectFirst("#conflict-link");
		assertThat(link.selectFirst(".conflict-outcome").text()).isEqualTo("The same in both versions.");
		assertThat(link.select("details.conflict-same:not([open]) .conflict-side")).hasSize(2);
		assertThat(page.select("#conflict-body details, #conflict-image details, #conflict-headline details")).isEmpty();
		Element note = page.selectFirst("form input[name=publicNote]");
		assertThat(note.attr("type")).as("the note stays editable").isEqualTo("text");
		assertThat(note.val()).isEqualTo("The hospital gave the figure.");
		assertThat(this.newsroom.stored(blog, id).getBodySource())
			.as("nothing saved yet").isEqualTo("Seven people were injured.");

		Map<String, String> resolution = fields(page.selectFirst("form.conflict-form"));
		resolution.put("keep.body", "theirs");
		resolution.put("publicNote", "The hospital confirmed seven.");
		MvcTestResult resolved = send(blog, id, resolution, "save", as(b));

		assertThat(resolved).hasStatus(HttpStatus.FOUND);
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getBodySource()).as("theirs, as chosen").isEqualTo("Seven people were injured.");
		assertThat(stored.getHeadline()).as("only mine changed it").isEqualTo("Injured");
		assertThat(stored.getImage().url()).as("only theirs changed it").isEqualTo(IMAGE);
		Element article = publicFeed(blog).selectFirst("#entry-" + id);
		assertThat(article.selectFirst(".entry-headline").text()).isEqualTo("Injured");
		assertThat(article.selectFirst(".entry-body").text()).isEqualTo("Seven people were injured.");
		Element latest = revisionsPage(blog, id).selectFirst("article.revision");
		assertThat(latest.selectFirst(".revision-note").text()).isEqualTo("Editor’s note: The hospital confirmed seven.");
		assertThat(changes(latest)).containsExactly("headline");
	}

	@Test
	void onTheConflictPageTheEditorMayEditTheirTextAndKeepIt() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "Turnout was 40%.", as(b));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));
		formOfA.put("body", "Turnout was 42%.");
		assertThat(send(blog, id, formOfA, "save", as(a))).hasStatus(HttpStatus.FOUND);
		formOfB.put("body", "Turnout was 41%.");
		Document page = Pages.parse(send(blog, id, formOfB, "save", as(b)));

		Map<String, String> resolution = fields(page.selectFirst("form.conflict-form"));
		resolution.put("keep.body", "mine");
		resolution.put("body", "Turnout was 42%, up from 38% last time.");
		assertThat(send(blog, id, resolution, "save", as(b))).hasStatus(HttpStatus.FOUND);

		assertThat(publicFeed(blog).selectFirst("#entry-" + id + " .entry-body").text())
			.isEqualTo("Turnout was 42%, up from 38% last time.");
	}

	@Test
	void publishingADraftAColleagueChangedSinceShowsTheChangeBeforeAnythingGoesOut() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = BackOffice.doneEntryId(write(blog, "Officials confirm two deaths.", "draft", Map.of(), as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		formOfA.put("body", "UNCONFIRMED: social media claims twenty deaths. DO NOT PUBLISH.");
		assertThat(send(blog, id, formOfA, "draft", as(a))).hasStatus(HttpStatus.FOUND);

		// B never saw A's text: it is not merged in and published under B's Publish.
		MvcTestResult publish = send(blog, id, formOfB, "publish", as(b));

		assertThat(publish).hasStatus(HttpStatus.CONFLICT);
		assertThat(publicFeed(blog).select("#entry-" + id)).as("nothing went out").isEmpty();
		Document page = Pages.parse(publish);
		Element body = page.selectFirst("#conflict-body");
		assertThat(body.classNames()).contains("conflict-field-conflict");
		assertThat(body.selectFirst(".conflict-outcome").text()).isEqualTo("Only " + a.getDisplayName()
				+ " changed this, and you have not seen it yet: choose which goes out.");
		assertThat(body.selectFirst(".conflict-theirs .conflict-text").wholeText()).startsWith("UNCONFIRMED");
		assertThat(body.selectFirst(".conflict-mine textarea[name=body]").wholeText())
			.isEqualTo("Officials confirm two deaths.");

		Map<String, String> resolution = fields(page.selectFirst("form.conflict-form"));
		resolution.put("keep.body", "mine");
		assertThat(send(blog, id, resolution, "publish", as(b))).hasStatus(HttpStatus.FOUND);
		assertThat(publicFeed(blog).selectFirst("#entry-" + id + " .entry-body").text())
			.isEqualTo("Officials confirm two deaths.");
	}

	@Test
	void aScheduledEntryPublishedByTheSchedulerWhileAnEditorEditsItIsNoConflict() {
		LiveBlog blog = blog();
		Editor b = editor();
		LocalDateTime inAnHour = LocalDateTime.ofInstant(this.newsroom.clock().instant().plus(Duration.ofHours(1)),
				blog.getTimeZone()).truncatedTo(ChronoUnit.MINUTES);
		MvcTestResult scheduled = write(blog, "Polls close at eight.", "schedule",
				Map.of("scheduledAt", inAnHour.toString()), as(b));
		long id = BackOffice.doneEntryId(scheduled);
		Map<String, String> form = fields(editPage(blog, id, as(b)));
		assertThat(form.get("scheduledAt")).as("the form it has open is a scheduled entry's").isNotBlank();

		this.newsroom.clock().advance(Duration.ofHours(1).plusMinutes(1));
		this.newsroom.entries().publishDue();
		// The background job may have taken the entry first: wait for whichever commits.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.newsroom.stored(blog, id).getStatus() == EntryStatus.PUBLISHED);
		form.put("body", "Polls closed at eight.");
		MvcTestResult saved = send(blog, id, form, "schedule", as(b));

		assertThat(saved).as("no conflict page").hasStatus(HttpStatus.FOUND);
		assertThat(saved).flash().containsEntry("done", "entry.done.publishedMeanwhile");
		assertThat(publicFeed(blog).selectFirst("#entry-" + id + " .entry-body").text())
			.isEqualTo("Polls closed at eight.");
	}

	@Test
	void savingAScheduledEntryAnotherEditorRescheduledKeepsTheirTimeAndMyText() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		LocalDateTime inAnHour = inBlogZone(blog, Duration.ofHours(1));
		LocalDateTime inTwoHours = inBlogZone(blog, Duration.ofHours(2));
		long id = BackOffice.doneEntryId(write(blog, "Results expected tonight.", "schedule",
				Map.of("scheduledAt", inAnHour.toString()), as(b)));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));
		formOfA.put("scheduledAt", inTwoHours.toString());
		assertThat(send(blog, id, formOfA, "schedule", as(a))).hasStatus(HttpStatus.FOUND);

		formOfB.put("body", "Results expected tonight, from 10 p.m.");
		MvcTestResult saved = send(blog, id, formOfB, "schedule", as(b));

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved).flash().containsEntry("done", "entry.done.savedMerged");
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getStatus()).isEqualTo(EntryStatus.SCHEDULED);
		assertThat(stored.getPublishedAt()).as("A's new time").isEqualTo(inTwoHours.atZone(blog.getTimeZone()).toInstant());
		assertThat(stored.getBodySource()).isEqualTo("Results expected tonight, from 10 p.m.");
	}

	@Test
	void publishingAnEntryAnotherEditorRescheduledAsksWhichPublicationToKeep() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = BackOffice.doneEntryId(write(blog, "Turnout figures at noon.", "schedule",
				Map.of("scheduledAt", inBlogZone(blog, Duration.ofHours(1)).toString()), as(b)));
		Map<String, String> formOfA = fields(editPage(blog, id, as(a)));
		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));
		formOfA.put("scheduledAt", inBlogZone(blog, Duration.ofHours(3)).toString());
		assertThat(send(blog, id, formOfA, "schedule", as(a))).hasStatus(HttpStatus.FOUND);

		MvcTestResult published = send(blog, id, formOfB, "publish", as(b));

		assertThat(published).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(published);
		Element publication = page.selectFirst("#conflict-publication");
		assertThat(publication.classNames()).contains("conflict-field-conflict");
		assertThat(publication.selectFirst(".conflict-theirs .conflict-publication").text())
			.as("with its zone, as the time it was saved at").matches("Scheduled for .* ([A-Z]{2,5}|GMT[+-][0-9:]+)");
		assertThat(publication.selectFirst(".conflict-mine .conflict-publication").text()).isEqualTo("Published");
		assertThat(page.select("form.conflict-form button[name=action]")).extracting(Element::val)
			.containsExactly("save", "publish");
		Map<String, String> resolution = fields(page.selectFirst("form.conflict-form"));
		assertThat(send(blog, id, resolution, "publish", as(b))).hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
	}

	@Test
	void pinningAnEntryWhileAnotherEditorCorrectsItIsNoConflict() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "Breaking: the bridge is closed.", as(b));
		Map<String, String> form = fields(editPage(blog, id, as(b)));
		assertThat(this.backOffice.pin(blog, id, as(a))).hasStatus(HttpStatus.FOUND);

		form.put("body", "Breaking: the bridge is closed both ways.");
		MvcTestResult saved = send(blog, id, form, "save", as(b));

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved).flash().containsEntry("done", "entry.done.corrected");
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getBodySource()).isEqualTo("Breaking: the bridge is closed both ways.");
		assertThat(stored.isPinned()).as("still pinned").isTrue();
	}

	@Test
	void aCorrectionOfAnEntryAColleagueRetractedMeanwhileSaysWhoWhenAndWhyKeepsTheTextAndOffersNothingToSend() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "Breaking: the bridge is closed.", as(b));
		Map<String, String> form = fields(editPage(blog, id, as(b)));
		assertThat(this.backOffice.retract(blog, id, "Not confirmed by the police", as(a))).hasStatus(HttpStatus.FOUND);

		form.put("body", "Breaking: the bridge is closed both ways.");
		MvcTestResult refused = send(blog, id, form, "save", as(b));

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(refused);
		assertThat(page.select(".flash-problem").text()).contains("Retracted by " + a.getDisplayName())
			.contains("Not confirmed by the police")
			.contains("write it as a new entry");
		assertThat(page.select("form.composer-form button[name=action]")).as("nothing to send").isEmpty();
		assertThat(page.selectFirst("textarea[name=body]").text()).as("the correction kept")
			.isEqualTo("Breaking: the bridge is closed both ways.");
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.RETRACTED);

		// Its form's address opened later: the retracted entries, where it says who, when and why.
		MvcTestResult opened = this.backOffice.get("/admin/live/" + blog.getSlug() + "/entries/" + id + "/edit", as(b));
		assertThat(opened).hasStatus(HttpStatus.FOUND);
		Document list = this.backOffice.follow(opened, as(b));
		assertThat(list.select(".flash-problem").text()).isEqualTo("This entry was retracted: it can no longer be changed.");
		assertThat(list.select(".retraction").text()).contains("Not confirmed by the police");
	}

	/**
	 * An editor at the correction form learns of a colleague's save of the entry, or of its retraction, while still
	 * writing (the edit page's live region, fetched again by desk.js when the entry changes), not only on pressing
	 * Save. A contributor who did not write the entry may not ask (as they may not open its form).
	 */
	@Test
	void anEditorAtTheFormIsToldOfAColleaguesSaveAndOfARetractionMeanwhile() {
		LiveBlog blog = blog();
		Editor a = editor();
		Editor b = editor();
		long id = publish(blog, "The storm reached the coast.", as(b));
		Element region = editPage(blog, id, as(a)).getElementById("entry-since");
		assertThat(region.text()).as("nobody saved it since").isEmpty();
		assertThat(region.attr("data-desk-entry")).isEqualTo(Long.toString(id));
		String refresh = region.attr("data-desk-refresh");
		assertThat(since(refresh, as(a)).text()).isEmpty();

		Map<String, String> formOfB = fields(editPage(blog, id, as(b)));
		formOfB.put("body", "The storm reached the coast at 6 a.m.");
		assertThat(send(blog, id, formOfB, "save", as(b))).hasStatus(HttpStatus.FOUND);

		Element saved = since(refresh, as(a));
		assertThat(saved.attr("data-desk-refresh")).as("the same region, for the same form").isEqualTo(refresh);
		assertThat(saved.selectFirst(".flash-warning").text()).matches(Pattern.quote(b.getDisplayName())
				+ " saved this entry at \\d{1,2}:\\d{2}[\\s\\u202F][AP]M [A-Z]{2,5}, after you opened it\\. Nothing will be"
				+ " lost: where you both changed the same thing, saving lets you choose\\.");
		assertThat(saved.attr("data-desk-announce")).as("said to screen readers too")
			.isEqualTo(saved.selectFirst(".flash-warning").text());
		assertThat(this.backOffice.get(refresh, this.backOffice.as(DemoAccounts.REPORTER))).hasStatus(HttpStatus.FORBIDDEN);

		this.backOffice.retract(blog, id, "Not confirmed", as(b));

		Element retracted = since(refresh, as(a));
		assertThat(retracted.selectFirst(".flash-problem").text())
			.startsWith("Retracted by " + b.getDisplayName() + " at ")
			.contains("Not confirmed")
			.contains("Nothing can be published from it any more.");
		assertThat(retracted.selectFirst("button[form=entry-form][value=preview]").text())
			.isEqualTo("Write it as a new entry");
		assertThat(retracted.select(".flash-warning")).isEmpty();
	}

	private Element since(String refresh, RequestPostProcessor as) {
		return this.backOffice.page(refresh, as).getElementById("entry-since");
	}

	// Helpers

	private LiveBlog blog() {
		return this.newsroom.openBlog(LiveBlogStatus.LIVE);
	}

	private Editor editor() {
		return this.backOffice.newEditor();
	}

	private LocalDateTime inBlogZone(LiveBlog blog, Duration fromNow) {
		return LocalDateTime.ofInstant(this.newsroom.clock().instant().plus(fromNow), blog.getTimeZone())
			.truncatedTo(ChronoUnit.MINUTES);
	}

	private RequestPostProcessor as(Editor editor) {
		return this.backOffice.as(editor);
	}

	private long publish(LiveBlog blog, String body, RequestPostProcessor as) {
		return this.backOffice.newEntry(blog).as(as).body(body).publish();
	}

	private MvcTestResult write(LiveBlog blog, String body, String action, Map<String, String> more,
			RequestPostProcessor as) {
		return this.backOffice.newEntry(blog).as(as).body(body).fields(more).send(action);
	}

	private Document editPage(LiveBlog blog, long id, RequestPostProcessor as) {
		return this.backOffice.editPage(blog, id, as);
	}

	/** What a browser would send of the page's (first) form, before the editor changes anything. */
	private static Map<String, String> fields(Document page) {
		return fields(page.selectFirst("form.composer-form"));
	}

	private static Map<String, String> fields(Element form) {
		return Pages.formFields(form);
	}

	private MvcTestResult send(LiveBlog blog, long id, Map<String, String> fields, String action,
			RequestPostProcessor as) {
		return this.backOffice.correction(blog, id).as(as).fields(fields).send(action);
	}

	private Document publicFeed(LiveBlog blog) {
		return this.backOffice.publicFeed(blog);
	}

	private Document revisionsPage(LiveBlog blog, long id) {
		return this.backOffice.page("/live/" + blog.getSlug() + "/entries/" + id + "/revisions", null);
	}

	private static List<String> changes(Element revision) {
		return revision.select(".revision-change").eachAttr("data-field");
	}

}
