package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
import news.liveblog.entry.EntryRevision;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * An editor writes in the composer and readers see exactly what was meant, once: a published entry heads
 * the feed, a mistake in the form costs nothing typed, a double click publishes once, drafts and scheduled
 * entries stay private until their time, a correction keeps the earlier text for readers to compare, two
 * editors never overwrite each other silently, a retraction takes an entry off every public page, and the
 * audit trail says who did what.
 */
@ApplicationTest
class ComposerTests {

	private static final String EDITOR_NAME = "Demo Editor";

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	// Publishing

	@Test
	void publishingPutsTheEntryAtTheHeadOfTheFeedAndOfTheComposerList() {
		LiveBlog blog = blog();
		Entry earlier = this.newsroom.publish(blog, "An earlier update", Instant.now().minusSeconds(600));

		MvcTestResult result = write(blog, "publish", "Summit opens", "Leaders **arrive** in Brussels.",
				UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(composerUrl(blog));
		assertThat(result).flash().containsEntry("done", "entry.done.published");
		List<Entry> stored = this.newsroom.storedEntries(blog);
		assertThat(stored).hasSize(2);
		Entry published = stored.getFirst();
		assertThat(published.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(published.getAuthorName()).isEqualTo(EDITOR_NAME);

		Element head = publicFeed(blog).selectFirst(".feed-entries article.entry");
		assertThat(head.id()).isEqualTo("entry-" + published.getId());
		assertThat(head.selectFirst(".entry-headline").text()).isEqualTo("Summit opens");
		assertThat(head.selectFirst(".entry-body").html()).isEqualTo("<p dir=\"auto\">Leaders <strong>arrive</strong> in Brussels.</p>");
		assertThat(head.selectFirst(".entry-author").text()).isEqualTo("By " + EDITOR_NAME);
		assertThat(publicEntryIds(blog)).containsExactly(published.getId(), earlier.getId());

		Document composer = followRedirect(result);
		assertThat(composer.selectFirst(".flash-done").text()).isEqualTo("Published.");
		Element first = composer.selectFirst("li.admin-entry");
		assertThat(first.id()).isEqualTo("admin-entry-" + published.getId());
		assertThat(first.classNames()).contains("status-published", "just-done");
		assertThat(first.selectFirst(".entry-headline").text()).isEqualTo("Summit opens");
	}

	// Validation: nothing typed is lost, nothing half-done is saved

	static Stream<Arguments> invalidEntries() {
		return Stream.of(
				Arguments.of("empty body", "Kept headline", "", "body", "Write the entry’s text."),
				Arguments.of("body of 20,001 characters", "Kept headline", "A".repeat(20_001), "body",
						"The text can be at most 20,000 characters. This one has 1 too many; nothing was cut. "
								+ "Shorten it and send it again."),
				Arguments.of("headline of 201 characters", "H".repeat(201), "A body to keep", "headline",
						"The headline can be at most 200 characters. This one has 1 too many; nothing was cut. "
								+ "Shorten it and send it again."),
				Arguments.of("body with a NUL character", "Kept headline", "Before\u0000after", "body",
						"This text contains a NUL character, which cannot be stored. Remove it and try again."));
	}

	@Test
	void aHeadlineOfAccentsPastedApartFromTheirLettersIsCountedAsItReads() {
		LiveBlog blog = blog();
		// 200 characters a reader sees, 400 code points: each "é" an "e" and a combining acute accent.
		String headline = "e\u0301".repeat(200);

		MvcTestResult result = write(blog, "publish", headline, "The body.", UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.stored(blog, BackOffice.doneEntryId(result)).getHeadline()).isEqualTo(headline);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidEntries")
	void anInvalidEntryIsShownAgainWithTheErrorBesideTheFieldAndNothingSaved(String what, String headline,
			String body, String field, String message) {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();

		MvcTestResult result = write(blog, "publish", headline, body, token);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		Element form = page.selectFirst("form#composer");
		assertThat(form).as("the composer form is shown again").isNotNull();
		assertThat(form.selectFirst("input#headline").val()).isEqualTo(headline);
		assertThat(textarea(form)).isEqualTo(body.replace('\u0000', '\uFFFD'));
		assertThat(form.selectFirst("input[name=submissionToken]").val()).isEqualTo(token.toString());
		assertThat(BackOffice.fieldError(form, field)).isEqualTo(message);
		assertThat(form.select(".field-error")).as("no error beside the other fields").hasSize(1);
		assertNothingSavedNorShown(blog);
	}

	@Test
	void aNulCharacterComesBackInTheTextareaExactlyAsTyped() {
		LiveBlog blog = blog();

		MvcTestResult result = write(blog, "publish", null, "Before\u0000after", UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyText().contains(">Before\u0000after</textarea>");
	}

	/**
	 * A form with a field no page of ours has, in a shape the binder cannot place (a photo row with no number, or one
	 * far past any gallery), is refused with a 4xx and publishes nothing, never a 500 (found by a script scraping the
	 * form): the first is a bad request, the second the form again with what is wrong.
	 */
	@Test
	void aFieldNoFormOfOursSendsIsRefusedAndNothingIsPublished() {
		LiveBlog blog = blog();

		for (String field : List.of("photos[__].key", "photos[999999].key")) {
			MvcTestResult result = this.backOffice.newEntry(blog).body("Sent by a script").field(field, "x").send("publish");

			assertThat(result.getResponse().getStatus()).as(field).isIn(400, 422);
		}
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	// Double submit

	@Test
	void theSameFormSentTwicePublishesOneEntryAndSaysSo() {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();

		MvcTestResult first = write(blog, "publish", null, "Sent twice by a double click", token);
		MvcTestResult second = write(blog, "publish", null, "Sent twice by a double click", token);

		assertThat(first).flash().containsEntry("done", "entry.done.published");
		assertThat(second).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(composerUrl(blog));
		assertThat(second).flash().containsEntry("done", "entry.done.replayed");
		assertThat(second.getMvcResult().getFlashMap().get("doneEntryId"))
			.isEqualTo(first.getMvcResult().getFlashMap().get("doneEntryId"));
		assertThat(this.newsroom.storedEntries(blog)).hasSize(1);
		assertThat(publicEntryIds(blog)).hasSize(1);
		assertThat(followRedirect(second).selectFirst(".flash-done").text())
			.isEqualTo("This form had been sent already: the entry was saved once, here it is.");
	}

	@Test
	void aFormSentAgainWithItsTokenButAChangedTextKeepsTheChangeInsteadOfReplayingTheFirst() {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();
		// The first send arrived, its answer did not; the browser gave the text back and the editor changed it.
		write(blog, "publish", null, "First words.", token);

		MvcTestResult changed = write(blog, "publish", null, "First words, and a change.", token);

		assertThat(changed).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(changed).selectFirst("form#composer");
		assertThat(form.selectFirst(".flash-problem").text()).startsWith("This form had already been sent, at ");
		assertThat(textarea(form)).isEqualTo("First words, and a change.");
		String fresh = form.selectFirst("input[name=submissionToken]").val();
		assertThat(fresh).isNotEqualTo(token.toString());
		assertThat(publicEntryIds(blog)).hasSize(1);

		assertThat(write(blog, "publish", null, "First words, and a change.", UUID.fromString(fresh))).flash()
			.containsEntry("done", "entry.done.published");
		assertThat(publicEntryIds(blog)).hasSize(2);
	}

	@Test
	void twoFormsWithTheirOwnTokensPublishTwoEntries() {
		LiveBlog blog = blog();

		write(blog, "publish", null, "Some words", UUID.randomUUID());
		MvcTestResult second = write(blog, "publish", null, "Other words", UUID.randomUUID());

		assertThat(second).flash().containsEntry("done", "entry.done.published");
		assertThat(publicEntryIds(blog)).hasSize(2);
	}

	// The same text twice by accident (Back, then Publish again): asked first, kept, never lost

	@Test
	void theSameTextPublishedAgainMinutesLaterIsHeldBackWithTheTextKeptAndAQuestion() {
		LiveBlog blog = blog();
		write(blog, "publish", "Summit opens", "Same words", UUID.randomUUID());
		this.newsroom.clock().advance(Duration.ofMinutes(3));
		UUID token = UUID.randomUUID();

		MvcTestResult again = write(blog, "publish", "Summit opens", "Same words", token,
				Map.of("keyEvent", "true"));

		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(publicEntryIds(blog)).hasSize(1);
		Element form = Pages.parse(again).selectFirst("form#composer");
		assertThat(form.selectFirst(".flash-problem").text()).startsWith("You published this very text at ")
			.endsWith("so it was not published again. To publish it a second time, tick “Publish it again anyway” "
					+ "and press Publish.");
		assertThat(form.selectFirst("input#headline").val()).isEqualTo("Summit opens");
		assertThat(textarea(form)).isEqualTo("Same words");
		assertThat(form.selectFirst("input[name=keyEvent]").hasAttr("checked")).isTrue();
		assertThat(form.selectFirst("input[name=submissionToken]").val()).isEqualTo(token.toString());
		Element publishAgain = form.selectFirst("input[type=checkbox][name=publishAgain]");
		assertThat(publishAgain).as("a box to publish it again anyway").isNotNull();
		assertThat(form.selectFirst("label[for=" + publishAgain.id() + "]").text()).isEqualTo("Publish it again anyway");

		MvcTestResult onPurpose = write(blog, "publish", "Summit opens", "Same words", token,
				Map.of("publishAgain", "true"));

		assertThat(onPurpose).hasStatus(HttpStatus.FOUND).flash().containsEntry("done", "entry.done.published");
		assertThat(publicEntryIds(blog)).hasSize(2);
	}

	@Test
	void theSameTextIsNotQuestionedWhenResentWithItsOwnTokenNorLongAfterNorFromAnotherEditor() {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();
		write(blog, "publish", null, "Live from Brussels", token);

		assertThat(write(blog, "publish", null, "Live from Brussels", token)).as("a resend is a replay")
			.flash()
			.containsEntry("done", "entry.done.replayed");
		Editor other = this.backOffice.newEditor();
		assertThat(this.backOffice.newEntry(blog).as(this.backOffice.as(other)).body("Live from Brussels").send("publish"))
			.as("another editor")
			.hasStatus(HttpStatus.FOUND);
		this.newsroom.clock().advance(ComposerController.TWIN_WINDOW.plusMinutes(1));
		assertThat(write(blog, "publish", null, "Live from Brussels", UUID.randomUUID())).as("long after")
			.flash()
			.containsEntry("done", "entry.done.published");
		assertThat(publicEntryIds(blog)).hasSize(3);
	}

	// Long texts: never cut, over the limit kept whole and told by how much

	@Test
	void aPasteFarOverTheLimitComesBackWholeWithHowMuchIsOver() {
		LiveBlog blog = blog();
		String pasted = "Ein sehr langer Satz über den Gipfel, mit Umlauten: äöü. ".repeat(700).substring(0, 39_220);

		MvcTestResult result = write(blog, "publish", "Kept headline", pasted, UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(textarea(form)).hasSize(39_220).isEqualTo(pasted);
		assertThat(BackOffice.fieldError(form, "body")).isEqualTo("The text can be at most 20,000 characters. This one has "
				+ "19,220 too many; nothing was cut. Shorten it and send it again.");
		assertThat(form.select("[maxlength]")).as("no field cuts what is typed or pasted").isEmpty();
		assertThat(form.selectFirst("textarea[name=body]").attr("data-max")).isEqualTo("20000");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void aLineBreakCountsAsOneCharacterAsTheCounterCountsIt() {
		LiveBlog blog = blog();
		// As a browser sends a textarea: each line break as CR LF.
		String body = ("x".repeat(1_999) + "\r\n").repeat(10);

		MvcTestResult result = write(blog, "publish", null, body, UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(publicEntryIds(blog)).hasSize(1);
	}

	@Test
	void thePageAfterASendNamesWhatTheServerReceivedSoTheBrowserForgetsItsCopy() {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();

		MvcTestResult result = write(blog, "publish", null, "Received", token);

		Element form = followRedirect(result).selectFirst("form#composer");
		assertThat(form.attr("data-received-token")).isEqualTo(token.toString());
		assertThat(form.attr("data-draft")).isEqualTo(DemoAccounts.EDITOR + "/blog:" + blog.getId() + "/new");
		assertThat(form.attr("autocomplete")).as("Back does not refill it").isEqualTo("off");
		assertThat(form.selectFirst("input[name=submissionToken]").val()).isNotEqualTo(token.toString());
	}

	// Preview, draft, schedule

	@Test
	void previewShowsTheSanitisedHtmlAndSavesNothing() {
		LiveBlog blog = blog();
		UUID token = UUID.randomUUID();

		MvcTestResult result = write(blog, "preview", "Preview headline",
				"Some **bold** and a [link](https://example.org).\n\n<b>raw</b>", token);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		Element preview = page.selectFirst("section.preview");
		assertThat(preview).isNotNull();
		assertThat(preview.selectFirst(".entry-headline").text()).isEqualTo("Preview headline");
		Element body = preview.selectFirst(".entry-body");
		assertThat(body.selectFirst("strong").text()).isEqualTo("bold");
		assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://example.org");
		assertThat(body.select("b")).as("raw HTML is shown as text, not obeyed").isEmpty();
		assertThat(body.text()).contains("<b>raw</b>");
		assertThat(page.selectFirst("form#composer input[name=submissionToken]").val())
			.as("publishing after a preview still publishes once").isEqualTo(token.toString());
		assertThat(textarea(page.selectFirst("form#composer"))).startsWith("Some **bold**");
		assertNothingSavedNorShown(blog);
	}

	@Test
	void aDraftIsListedInTheComposerButNotOnThePublicPage() {
		LiveBlog blog = blog();

		MvcTestResult result = write(blog, "draft", null, "Not ready yet", UUID.randomUUID());

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result).flash().containsEntry("done", "entry.done.draft");
		Entry draft = this.newsroom.storedEntries(blog).getFirst();
		assertThat(draft.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(publicEntryIds(blog)).isEmpty();
		assertThat(this.newsroom.entries().findPublished(blog.getId(), draft.getId())).isEmpty();
		assertThat(this.backOffice.get("/live/" + blog.getSlug() + "/entries/" + draft.getId()))
			.hasStatus(HttpStatus.NOT_FOUND);
		Document composer = followRedirect(result);
		assertThat(composer.selectFirst(".flash-done").text()).isEqualTo("Saved as a draft.");
		assertThat(composer.selectFirst("#admin-entry-" + draft.getId()).classNames()).contains("status-draft");
	}

	@Test
	void schedulingForATimePastIsRefusedBesideTheTimeField() {
		LiveBlog blog = blog();
		LocalDateTime anHourAgo = inBlogZone(blog, this.newsroom.clock().instant().minus(Duration.ofHours(1)));

		MvcTestResult result = write(blog, "schedule", "Headline kept", "Text kept", UUID.randomUUID(),
				Map.of("scheduledAt", anHourAgo.toString()));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = Pages.parse(result).selectFirst("form#composer");
		assertThat(BackOffice.fieldError(form, "scheduledAt"))
			.isEqualTo("This time has passed: give a time to come, or publish now.");
		assertThat(LocalDateTime.parse(form.selectFirst("input#scheduledAt").val())).isEqualTo(anHourAgo);
		assertThat(textarea(form)).isEqualTo("Text kept");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void aScheduledEntryAppearsWhenItsTimeHasComeAndNotBefore() {
		LiveBlog blog = blog();
		LocalDateTime inAnHour = inBlogZone(blog, this.newsroom.clock().instant().plus(Duration.ofHours(1)));
		Instant due = inAnHour.atZone(blog.getTimeZone()).toInstant();

		MvcTestResult result = write(blog, "schedule", null, "Embargoed until the press conference",
				UUID.randomUUID(), Map.of("scheduledAt", inAnHour.toString()));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result).flash().containsEntry("done", "entry.done.scheduled");
		assertThat(followRedirect(result).selectFirst(".flash-done").text())
			.isEqualTo("Scheduled: it will be published on " + BackOfficeTimes.dateTimeAndZone(blog, due) + ".");
		Entry scheduled = this.newsroom.storedEntries(blog).getFirst();
		assertThat(scheduled.getStatus()).isEqualTo(EntryStatus.SCHEDULED);
		this.newsroom.entries().publishDue();
		assertThat(publicEntryIds(blog)).as("not before its time").isEmpty();

		this.newsroom.clock().advance(Duration.ofHours(1).plusMinutes(1));
		this.newsroom.entries().publishDue();

		// The background job may have taken the entry first: wait for whichever commits.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publicEntryIds(blog)).containsExactly(scheduled.getId()));
		Element article = publicFeed(blog).selectFirst("#entry-" + scheduled.getId());
		assertThat(OffsetDateTime.parse(article.selectFirst("time").attr("datetime")).toInstant())
			.as("published at the time it was scheduled for").isEqualTo(due);
	}

	@Test
	void aTimeTypedOnAPageDrawnBeforeAnAdminMovedTheBlogToAnotherZoneIsTheHourTheEditorRead() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Brussels"));
		Element field = this.backOffice.page(composerUrl(blog), asEditor()).selectFirst("form#composer .field:has(#scheduledAt)");
		assertThat(field.selectFirst("label").text()).isEqualTo("Publish at (time in Europe/Brussels)");
		String shownIn = field.selectFirst("input[name=scheduledIn]").val();
		LocalDateTime typed = inBlogZone(blog, this.newsroom.clock().instant().plus(Duration.ofHours(2)));
		// The summit moves online, and the desk to New York time, while the editor types 14:00 Brussels time.
		this.newsroom.moveToZone(blog, ZoneId.of("America/New_York"));

		MvcTestResult result = write(blog, "schedule", null, "Embargoed until the press conference",
				UUID.randomUUID(), Map.of("scheduledAt", typed.toString(), "scheduledIn", shownIn));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Instant due = typed.atZone(ZoneId.of("Europe/Brussels")).toInstant();
		assertThat(this.newsroom.storedEntries(blog).getFirst().getPublishedAt()).isEqualTo(due);
		// Said back in the blog's zone as it is now, so the editor sees the move rather than a surprise later.
		assertThat(followRedirect(result).selectFirst(".flash-done").text()).isEqualTo("Scheduled: it will be published on "
				+ BackOfficeTimes.dateTimeAndZone(this.newsroom.stored(blog), due) + ".");
	}

	// Corrections

	@Test
	void correctingAPublishedEntryKeepsTheEarlierTextForReaders() {
		LiveBlog blog = blog();
		long id = BackOffice.doneEntryId(write(blog, "publish", "Toll", "Five people were injured.", UUID.randomUUID()));
		Document edit = editPage(blog, id, asEditor());

		MvcTestResult result = this.backOffice.correction(blog, id)
			.headline("Toll")
			.body("Seven people were injured.")
			.field("version", edit.selectFirst("input[name=version]").val())
			.field("publicNote", "The police revised the figure.")
			.send("save");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(composerUrl(blog));
		assertThat(result).flash().containsEntry("done", "entry.done.corrected");
		List<EntryRevision> revisions = this.newsroom.entries().revisions(id);
		assertThat(revisions).singleElement().satisfies((revision) -> {
			assertThat(revision.text().body()).isEqualTo("Five people were injured.");
			assertThat(revision.getPublicNote()).isEqualTo("The police revised the figure.");
			assertThat(revision.getReplacedBy()).isEqualTo(EDITOR_NAME);
		});
		Entry corrected = this.newsroom.stored(blog, id);
		assertThat(corrected.getBodySource()).isEqualTo("Seven people were injured.");
		assertThat(corrected.getEditedAt()).isNotNull();

		Element article = publicFeed(blog).selectFirst("#entry-" + id);
		assertThat(article.selectFirst(".entry-body").text()).isEqualTo("Seven people were injured.");
		Element updated = article.selectFirst(".entry-updated");
		assertThat(updated).isNotNull();
		assertThat(updated.text()).startsWith("Updated at " + blog.printTime(corrected.getEditedAt()))
			.endsWith(": The police revised the figure.");
		String revisionsUrl = updated.selectFirst("a").attr("href");
		assertThat(revisionsUrl).isEqualTo("/live/" + blog.getSlug() + "/entries/" + id + "/revisions");

		Document page = this.backOffice.page(revisionsUrl, null);
		assertThat(page.selectFirst("article.entry .entry-body").text()).isEqualTo("Seven people were injured.");
		assertThat(page.select("article.revision")).singleElement().satisfies((revision) -> {
			assertThat(revision.selectFirst(".entry-body").text()).isEqualTo("Five people were injured.");
			assertThat(revision.selectFirst(".revision-note").text())
				.isEqualTo("Editor’s note: The police revised the figure.");
		});
	}

	@Test
	void whenTwoEditorsCorrectTheSameTextTheSecondSeesBothTextsAndOverwritesNothing() {
		LiveBlog blog = blog();
		long id = BackOffice.doneEntryId(write(blog, "publish", null, "Original text.", UUID.randomUUID()));
		Editor other = this.backOffice.newEditor();
		RequestPostProcessor asOther = this.backOffice.as(other);
		String version = editPage(blog, id, asEditor()).selectFirst("input[name=version]").val();
		assertThat(editPage(blog, id, asOther).selectFirst("input[name=version]").val()).isEqualTo(version);

		MvcTestResult first = correct(blog, id, version, "The first editor's text.", asEditor());
		MvcTestResult second = correct(blog, id, version, "The second editor's text.", asOther);

		assertThat(first).hasStatus(HttpStatus.FOUND);
		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(second);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Someone else saved this entry");
		assertThat(page.selectFirst("#conflict-body .conflict-theirs .conflict-text").wholeText())
			.isEqualTo("The first editor's text.");
		// One form holds the merge; the text both changed stays editable in it, on the editor's side.
		Element mine = page.selectFirst("form.conflict-form");
		assertThat(page.selectFirst("#conflict-body .conflict-mine textarea[name=body]")).isNotNull();
		assertThat(textarea(mine)).isEqualTo("The second editor's text.");
		Entry stored = this.newsroom.stored(blog, id);
		assertThat(stored.getBodySource()).isEqualTo("The first editor's text.");
		assertThat(mine.selectFirst("input[name=version]").val())
			.as("saving again from here is a deliberate choice over the current version")
			.isEqualTo(Long.toString(stored.getVersion()));
		assertThat(this.newsroom.entries().revisions(id)).extracting((revision) -> revision.text().body())
			.containsExactly("Original text.");
	}

	// Retraction

	@Test
	void aRetractedEntryLeavesEveryPublicPageButStaysInTheComposerWithItsReason() {
		LiveBlog blog = blog();
		long kept = BackOffice.doneEntryId(write(blog, "publish", null, "A sound update", UUID.randomUUID()));
		long wrong = BackOffice.doneEntryId(write(blog, "publish", null, "A wrong update", UUID.randomUUID()));

		MvcTestResult result = retract(blog, wrong, "Unconfirmed report");

		// Back at the entry, wherever in the list it is: not at the list's top (found by a helper on a phone).
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(composerUrl(blog) + "#admin-entry-" + wrong);
		assertThat(result).flash().containsEntry("done", "entry.done.retracted");
		assertThat(publicEntryIds(blog)).containsExactly(kept);
		assertThat(this.newsroom.entries().findPublished(blog.getId(), wrong)).isEmpty();
		assertThat(this.backOffice.get("/live/" + blog.getSlug() + "/entries/" + wrong))
			.as("gone, and saying so").hasStatus(HttpStatus.GONE);
		assertThat(this.backOffice.get("/live/" + blog.getSlug() + "/entries/" + wrong + "/revisions"))
			.hasStatus(HttpStatus.GONE);

		Document composer = followRedirect(result);
		assertThat(composer.selectFirst(".flash-done").text()).isEqualTo("Retracted from every public page.");
		Element item = composer.selectFirst("#admin-entry-" + wrong);
		assertThat(item.classNames()).contains("status-retracted");
		assertThat(item.selectFirst(".status-label").text()).isEqualTo("Retracted");
		Entry retracted = this.newsroom.stored(blog, wrong);
		assertThat(item.selectFirst(".retraction").text()).isEqualTo("Retracted by " + EDITOR_NAME + " at "
				+ blog.printTime(retracted.getRetractedAt()) + " " + blog.printZone(retracted.getRetractedAt())
				+ ": Unconfirmed report");
		assertThat(item.select(".admin-entry-actions")).as("nothing more to do with it").isEmpty();
	}

	@Test
	void aRetractionWithoutAReasonChangesNothingAndAsksForOne() {
		LiveBlog blog = blog();
		long id = BackOffice.doneEntryId(write(blog, "publish", null, "Still standing", UUID.randomUUID()));

		MvcTestResult result = retract(blog, id, "   ");

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result).flash().containsEntry("problem", "entry.problem.retractionReason");
		assertThat(this.newsroom.stored(blog, id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(publicEntryIds(blog)).containsExactly(id);
		Document composer = followRedirect(result);
		assertThat(composer.selectFirst(".flash-problem").text())
			.isEqualTo("Give a reason for the retraction (at most 300 characters).");
		assertThat(composer.selectFirst("#admin-entry-" + id + " details.retract").hasAttr("open"))
			.as("the retraction form is open again on that entry").isTrue();
	}

	// Pinning

	@Test
	void pinningAnotherEntryUnpinsTheFirst() {
		LiveBlog blog = blog();
		long first = BackOffice.doneEntryId(write(blog, "publish", null, "First pinned", UUID.randomUUID()));
		long second = BackOffice.doneEntryId(write(blog, "publish", null, "Pinned next", UUID.randomUUID()));

		assertThat(pin(blog, first)).flash().containsEntry("done", "entry.done.pinned");
		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(first);
		MvcTestResult pinning = pin(blog, second);
		assertThat(pinning).flash().containsEntry("done", "entry.done.pinned");
		assertThat(pinning).as("back at the entry").hasRedirectedUrl(composerUrl(blog) + "#admin-entry-" + second);

		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(second);
		assertThat(this.newsroom.storedEntries(blog).stream().filter(Entry::isPinned).map(Entry::getId))
			.containsExactly(second);
		Document feed = publicFeed(blog);
		assertThat(feed.select(".feed-pinned article.entry")).singleElement()
			.satisfies((pinned) -> assertThat(pinned.id()).isEqualTo("pinned-entry-" + second));
	}

	@Test
	void aPinPutUpByAColleagueSinceThePageWasDrawnIsNotSilentlyTakenDown() {
		LiveBlog blog = blog();
		long mine = BackOffice.doneEntryId(write(blog, "publish", null, "Leaders arrive", UUID.randomUUID()));
		long theirs = BackOffice.doneEntryId(write(blog, "publish", "Rutte speaks", "Live now.", UUID.randomUUID()));
		Document drawnBeforeTheirPin = this.backOffice.page(composerUrl(blog), asEditor());
		Editor colleague = this.backOffice.newEditor();
		assertThat(pin(blog, theirs, this.backOffice.as(colleague))).flash().containsEntry("done", "entry.done.pinned");

		MvcTestResult late = this.backOffice.pin(blog, mine, drawnBeforeTheirPin, asEditor());

		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(theirs);
		assertThat(followRedirect(late).selectFirst(".flash-problem").text()).isEqualTo("Another entry was pinned "
				+ "meanwhile: “Rutte speaks”. This one was not pinned; press Pin again to pin it in its place.");
		// Pressed again on the page as it is now, the editor's pin replaces the colleague's, knowingly.
		assertThat(pin(blog, mine)).flash().containsEntry("done", "entry.done.pinned");
		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(mine);
	}

	@Test
	void anUnpinPressedOnAPageDrawnBeforeAColleaguesPinSaysWhatIsPinnedNowRatherThanUnpinned() {
		LiveBlog blog = blog();
		long mine = BackOffice.doneEntryId(write(blog, "publish", "Leaders arrive", "At the summit.", UUID.randomUUID()));
		long theirs = BackOffice.doneEntryId(write(blog, "publish", "Rutte speaks", "Live now.", UUID.randomUUID()));
		assertThat(pin(blog, mine)).flash().containsEntry("done", "entry.done.pinned");
		assertThat(pin(blog, theirs, this.backOffice.as(this.backOffice.newEditor()))).flash()
			.containsEntry("done", "entry.done.pinned");

		MvcTestResult late = this.backOffice.post(composerUrl(blog) + "/entries/" + mine + "/unpin", asEditor(), Map.of());

		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(theirs);
		assertThat(followRedirect(late).selectFirst(".flash-problem").text()).isEqualTo("This entry was no longer "
				+ "pinned: “Rutte speaks” was pinned in its place meanwhile, and stays pinned. Unpin that one if it should go.");
		assertThat(followRedirect(late).select(".flash-done")).as("no \"Unpinned.\"").isEmpty();
	}

	@Test
	void anEntryPublishedPinnedOverAColleaguesPinPutUpSinceIsPublishedButLeavesTheirsUp() {
		LiveBlog blog = blog();
		long first = BackOffice.doneEntryId(write(blog, "publish", "Leaders arrive", "At 9.", UUID.randomUUID()));
		assertThat(pin(blog, first)).flash().containsEntry("done", "entry.done.pinned");
		Element drawn = this.backOffice.page(composerUrl(blog), asEditor()).selectFirst("form#composer");
		assertThat(drawn.selectFirst(".field:has(input[name=pin]) label").text()).isEqualTo("Pin above the feed, in place of “Leaders arrive”");
		long theirs = BackOffice.doneEntryId(write(blog, "publish", "Rutte speaks", "Live now.", UUID.randomUUID()));
		assertThat(pin(blog, theirs, this.backOffice.as(this.backOffice.newEditor()))).flash()
			.containsEntry("done", "entry.done.pinned");

		MvcTestResult late = write(blog, "publish", "Zelensky lands", "Breaking.", UUID.randomUUID(),
				Map.of("pin", "true", "pinReplacing", drawn.selectFirst("input[name=pinReplacing]").val()));

		Entry published = this.newsroom.stored(blog, BackOffice.doneEntryId(late));
		assertThat(published.isPublished()).as("breaking news is not held up").isTrue();
		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(theirs);
		assertThat(followRedirect(late).selectFirst(".flash-problem").text())
			.isEqualTo("Another entry was pinned meanwhile: “Rutte speaks”. Yours is published but not pinned; to pin it"
					+ " in its place, press Pin on it in the list below.");
	}

	@Test
	void aDraftCannotBePinned() {
		LiveBlog blog = blog();
		write(blog, "draft", null, "Draft", UUID.randomUUID());
		long draft = this.newsroom.storedEntries(blog).getFirst().getId();

		MvcTestResult result = pin(blog, draft);

		assertThat(result).flash().containsEntry("problem", "entry.state.pinUnpublished");
		assertThat(this.newsroom.entries().findPinned(blog.getId())).isEmpty();
	}

	// Audit

	@Test
	void theAuditTrailRecordsWhatTheEditorDidToAnEntryAndWho() {
		LiveBlog blog = blog();
		long id = BackOffice.doneEntryId(write(blog, "publish", null, "First version", UUID.randomUUID()));
		String version = editPage(blog, id, asEditor()).selectFirst("input[name=version]").val();
		assertThat(correct(blog, id, version, "Second version", asEditor())).hasStatus(HttpStatus.FOUND);
		assertThat(pin(blog, id)).hasStatus(HttpStatus.FOUND);
		assertThat(retract(blog, id, "Superseded")).hasStatus(HttpStatus.FOUND);

		List<AuditEvent> trail = this.newsroom.auditTrailOf(id);

		assertThat(trail).extracting(AuditEvent::getAction, AuditEvent::getActor, AuditEvent::getLiveBlogId)
			.containsExactly(tuple("entry.RETRACTED", EDITOR_NAME, blog.getId()),
					tuple("entry.PINNED", EDITOR_NAME, blog.getId()), tuple("entry.EDITED", EDITOR_NAME, blog.getId()),
					tuple("entry.PUBLISHED", EDITOR_NAME, blog.getId()));
		assertThat(trail.getFirst().getDetails()).isEqualTo("Superseded");
	}

	// Helpers

	private LiveBlog blog() {
		return this.newsroom.openBlog(LiveBlogStatus.LIVE);
	}

	private RequestPostProcessor asEditor() {
		return this.backOffice.asEditor();
	}

	private MvcTestResult write(LiveBlog blog, String action, String headline, String body, UUID token) {
		return write(blog, action, headline, body, token, Map.of());
	}

	private MvcTestResult write(LiveBlog blog, String action, String headline, String body, UUID token,
			Map<String, String> more) {
		return this.backOffice.newEntry(blog).headline(headline).body(body).token(token).fields(more).send(action);
	}

	private MvcTestResult correct(LiveBlog blog, long id, String version, String body, RequestPostProcessor as) {
		return this.backOffice.correction(blog, id).as(as).body(body).field("version", version).send("save");
	}

	private MvcTestResult retract(LiveBlog blog, long id, String reason) {
		return this.backOffice.retract(blog, id, reason, asEditor());
	}

	private MvcTestResult pin(LiveBlog blog, long id) {
		return pin(blog, id, asEditor());
	}

	private MvcTestResult pin(LiveBlog blog, long id, RequestPostProcessor as) {
		return this.backOffice.pin(blog, id, as);
	}

	private Document editPage(LiveBlog blog, long id, RequestPostProcessor as) {
		return this.backOffice.editPage(blog, id, as);
	}

	/** The composer a redirect leads to, with the flash attributes the browser would carry there. */
	private Document followRedirect(MvcTestResult redirect) {
		return this.backOffice.follow(redirect, asEditor());
	}

	private Document publicFeed(LiveBlog blog) {
		return this.backOffice.publicFeed(blog);
	}

	/** No entry was stored, and the blog's public page shows none. */
	private void assertNothingSavedNorShown(LiveBlog blog) {
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
		assertThat(publicEntryIds(blog)).isEmpty();
	}

	private List<Long> publicEntryIds(LiveBlog blog) {
		return publicFeed(blog).select(".feed-entries article.entry")
			.stream()
			.map((article) -> Long.valueOf(article.id().substring("entry-".length())))
			.toList();
	}

	private static String composerUrl(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug();
	}

	private static LocalDateTime inBlogZone(LiveBlog blog, Instant instant) {
		return LocalDateTime.ofInstant(instant, blog.getTimeZone()).truncatedTo(ChronoUnit.MINUTES);
	}

	private static String textarea(Element form) {
		return form.selectFirst("textarea[name=body]").wholeText();
	}

}
