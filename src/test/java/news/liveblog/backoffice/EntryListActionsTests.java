package news.liveblog.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the entry list: a draft deleted for good (versions too, the audit trail keeping who and what), a
 * scheduled entry taken back to draft or moved to another time to come; and every refusal says why and
 * changes nothing: an entry no longer in that state, a time gone by, another's draft.
 */
@ApplicationTest
class EntryListActionsTests {

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	// Deleting a draft

	@Test
	void aDeletedDraftIsGoneFromTheListsWithItsVersionsAndTheAuditTrailSaysWhoDeletedWhat() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry draft = draft(blog, "Rutte quote to check", DemoAccounts.EDITOR);
		Entry other = draft(blog, "Another draft", DemoAccounts.EDITOR);

		MvcTestResult result = action(blog, draft, "delete?tab=drafts", Map.of());

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(list(blog) + "?tab=drafts");
		Document page = this.backOffice.follow(result, this.backOffice.asEditor());
		assertThat(page.selectFirst(".flash-done").text()).isEqualTo("Draft deleted: “Rutte quote to check”.");
		assertThat(page.select("[data-entry-id]").eachAttr("data-entry-id"))
			.containsExactly(Long.toString(other.getId()));
		assertThat(this.newsroom.entries().find(blog.getId(), draft.getId())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from entry_version where entry_id = ?", Long.class,
				draft.getId()))
			.isZero();
		AuditEvent deleted = this.newsroom.auditTrailOf(draft.getId()).getFirst();
		assertThat(deleted.getAction()).isEqualTo("entry.DELETED");
		assertThat(deleted.getActor()).isEqualTo("Demo Editor");
		assertThat(deleted.getDetails()).isEqualTo("Rutte quote to check");
	}

	@Test
	void deletingADraftItsAuthorHasOpenIsRefusedNamingThemAndTheDraftStays() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry draft = draft(blog, "From the summit", DemoAccounts.REPORTER);
		assertThat(this.backOffice.post("/admin/desk/presence", this.backOffice.as(DemoAccounts.REPORTER),
				Map.of("tab", UUID.randomUUID().toString(), "blog", blog.getSlug(), "doing", "EDITING", "entry",
						Long.toString(draft.getId()))))
			.hasStatusOk();

		MvcTestResult refused = action(blog, draft, "delete", Map.of());

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(refused).selectFirst(".flash-problem").text())
			.startsWith("Demo Reporter has this draft open: it was not deleted.");
		assertThat(this.newsroom.entries().find(blog.getId(), draft.getId())).isPresent();
		assertThat(this.backOffice.post(address(blog, draft, "delete"), this.backOffice.as(DemoAccounts.REPORTER),
				Map.of()))
			.as("their own open page is no one else's")
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.entries().find(blog.getId(), draft.getId())).isEmpty();
	}

	// Retracting

	@Test
	void onlyAPublishedEntryIsRetractedAndOnlyItIsOfferedRetract() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry published = this.newsroom.publish(blog, "Already out", Instant.now().minusSeconds(60));
		Entry draft = draft(blog, "Not yet", DemoAccounts.EDITOR);
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));
		Entry submitted = this.newsroom.write(blog, new EntryText("Waiting", "For review.", false),
				Publication.submitted(), this.newsroom.actor(DemoAccounts.REPORTER));

		Document page = this.backOffice.page(list(blog), this.backOffice.asEditor());
		// Marked as pressed in this list, to come back to it.
		assertThat(page.select("details.retract form").eachAttr("action"))
			.containsExactly(address(blog, published, "retract") + "?from=list");
		for (Entry unpublished : List.of(draft, scheduled, submitted)) {
			MvcTestResult refused = this.backOffice.post(address(blog, unpublished, "retract"),
					this.backOffice.asEditor(), Map.of("reason", "Never mind."));
			Document after = this.backOffice.follow(refused, this.backOffice.asEditor());
			assertThat(after.selectFirst(".flash-problem").text()).as(unpublished.getStatus().name())
				.isEqualTo("Only a published entry can be retracted: delete a draft, cancel a scheduled entry, or "
						+ "send a submission back.");
			assertThat(stored(blog, unpublished).getStatus()).isEqualTo(unpublished.getStatus());
			assertThat(this.newsroom.auditTrailOf(unpublished.getId())).extracting(AuditEvent::getAction)
				.doesNotContain("entry.RETRACTED");
		}
		this.backOffice.post(address(blog, published, "retract"), this.backOffice.asEditor(),
				Map.of("reason", "Wrong figure."));
		assertThat(stored(blog, published).getStatus()).isEqualTo(EntryStatus.RETRACTED);
	}

	@Test
	void deletingAPublishedOrScheduledEntryIsRefusedWithTheReasonAndChangesNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry published = this.newsroom.publish(blog, "Already out", Instant.now().minusSeconds(60));
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));

		MvcTestResult refusedPublished = action(blog, published, "delete", Map.of());
		MvcTestResult refusedScheduled = action(blog, scheduled, "delete", Map.of());

		assertThat(refusedPublished).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(refusedPublished).selectFirst(".flash-problem").text())
			.startsWith("This entry is published: only a draft can be deleted.");
		assertThat(refusedScheduled).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(refusedScheduled).selectFirst(".flash-problem").text())
			.startsWith("This entry is scheduled, not a draft");
		assertThat(stored(blog, published).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(stored(blog, scheduled).getStatus()).isEqualTo(EntryStatus.SCHEDULED);
	}

	@Test
	void aContributorDeletesTheirOwnDraftButGets404ForAnothersAndNothingChanges() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Editor reporter = contributor();
		Entry theirs = this.newsroom.write(blog, new EntryText("From NATO", "Quote.", false), Publication.draft(),
				this.newsroom.actor(reporter.getUsername()));
		Entry editors = draft(blog, "The editor's draft", DemoAccounts.EDITOR);

		MvcTestResult forbidden = this.backOffice.post(address(blog, editors, "delete"),
				this.backOffice.as(reporter), Map.of());
		MvcTestResult allowed = this.backOffice.post(address(blog, theirs, "delete"), this.backOffice.as(reporter),
				Map.of());

		// Not even theirs to know of: the 404 of an id never used.
		assertThat(forbidden).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.backOffice.post(address(blog, this.newsroom.publish(blog, "Out.", Instant.now()), "delete"),
				this.backOffice.as(reporter), Map.of()))
			.as("one they know of, an editor's")
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasForwardedUrl("/admin/forbidden");
		assertThat(this.newsroom.entries().find(blog.getId(), editors.getId())).isPresent();
		assertThat(this.newsroom.auditTrailOf(editors.getId())).extracting(AuditEvent::getAction)
			.containsExactly("entry.DRAFT_SAVED");
		assertThat(allowed).hasStatus(HttpStatus.FOUND);
		assertThat(this.newsroom.entries().find(blog.getId(), theirs.getId())).isEmpty();
	}

	@Test
	void aContributorCannotCancelNorMoveASchedule() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Editor reporter = contributor();
		Instant at = Instant.now().plus(Duration.ofHours(1));
		Entry scheduled = scheduled(blog, at);

		assertThat(this.backOffice.post(address(blog, scheduled, "unschedule"), this.backOffice.as(reporter), Map.of()))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasForwardedUrl("/admin/forbidden");
		assertThat(this.backOffice.post(address(blog, scheduled, "schedule"), this.backOffice.as(reporter),
				Map.of("scheduledAt", local(blog, at.plus(Duration.ofHours(1))))))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasForwardedUrl("/admin/forbidden");
		assertThat(stored(blog, scheduled).getStatus()).isEqualTo(EntryStatus.SCHEDULED);
		assertThat(stored(blog, scheduled).getPublishedAt()).isEqualTo(scheduled.getPublishedAt());
	}

	@Test
	void anActionWithoutItsCsrfTokenChangesNothing() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry draft = draft(blog, "Kept", DemoAccounts.EDITOR);

		MvcTestResult result = this.mvc.post().uri(address(blog, draft, "delete")).with(this.backOffice.asEditor())
			.exchange();

		// A stale form, as the back office sees it: back to its page with a word that nothing was sent.
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("?resume");
		assertThat(this.newsroom.entries().find(blog.getId(), draft.getId())).isPresent();
	}

	// Cancelling a schedule

	@Test
	void cancellingAScheduleTakesTheEntryBackToADraftAndSaysSo() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));

		MvcTestResult result = action(blog, scheduled, "unschedule?tab=scheduled", Map.of());

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(list(blog) + "?tab=scheduled");
		Document page = this.backOffice.follow(result, this.backOffice.asEditor());
		assertThat(page.selectFirst(".flash-done").text()).startsWith("Back to draft");
		assertThat(page.select("[data-entry-id]")).isEmpty();
		Entry stored = stored(blog, scheduled);
		assertThat(stored.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(stored.getPublishedAt()).isNull();
		assertThat(this.newsroom.auditTrailOf(scheduled.getId()).getFirst().getAction()).isEqualTo("entry.UNSCHEDULED");
		assertThat(this.backOffice.page(list(blog) + "?tab=drafts", this.backOffice.asEditor())
			.select("[data-entry-id]")
			.eachAttr("data-entry-id")).containsExactly(Long.toString(scheduled.getId()));
	}

	@Test
	void cancellingAnEntryTheSchedulerPublishedAMomentAgoIsRefusedAndItStaysPublished() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofMinutes(1)));
		this.newsroom.clock().advance(Duration.ofMinutes(2));
		this.newsroom.entries().publishDue();

		MvcTestResult result = action(blog, scheduled, "unschedule", Map.of());

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).selectFirst(".flash-problem").text())
			.isEqualTo("This entry was published meanwhile, at its scheduled time: nothing was changed. "
					+ "Retract it if it must go.");
		assertThat(stored(blog, scheduled).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(this.newsroom.auditTrailOf(scheduled.getId())).extracting(AuditEvent::getAction)
			.doesNotContain("entry.UNSCHEDULED");
	}

	// Moving a schedule

	@Test
	void movingAScheduleToAnotherTimeToComePublishesItThen() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));
		Instant later = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);

		MvcTestResult result = action(blog, scheduled, "schedule?tab=scheduled",
				Map.of("scheduledAt", local(blog, later)));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(list(blog) + "?tab=scheduled");
		assertThat(this.backOffice.follow(result, this.backOffice.asEditor()).selectFirst(".flash-done").text())
			.startsWith("Moved: it will be published on ");
		Entry stored = stored(blog, scheduled);
		assertThat(stored.getStatus()).isEqualTo(EntryStatus.SCHEDULED);
		assertThat(stored.getPublishedAt()).isEqualTo(later);
		AuditEvent moved = this.newsroom.auditTrailOf(scheduled.getId()).getFirst();
		assertThat(moved.getAction()).isEqualTo("entry.SCHEDULED");
		assertThat(moved.getDetails()).isEqualTo("for " + later + ", was for " + scheduled.getPublishedAt());
	}

	@Test
	void aMoveTypedOnAListDrawnBeforeAnAdminMovedTheBlogToAnotherZoneIsTheHourTheEditorRead() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Brussels"));
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));
		Element form = moveForm(this.backOffice.page(list(blog) + "?tab=scheduled", this.backOffice.asEditor()), scheduled);
		assertThat(form.selectFirst("label").text()).isEqualTo("Publish at (time in Europe/Brussels)");
		Instant later = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
		this.newsroom.moveToZone(blog, ZoneId.of("America/New_York"));

		MvcTestResult result = action(blog, scheduled, "schedule?tab=scheduled", Map.of("scheduledAt",
				local(blog, later), "scheduledIn", form.selectFirst("input[name=scheduledIn]").val()));

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(stored(blog, scheduled).getPublishedAt()).isEqualTo(later);
	}

	@Test
	void aMoveRefusedOnAListDrawnBeforeTheZoneChangedKeepsTheZoneTheTimeWasTypedIn() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE, Locale.ENGLISH, ZoneId.of("Europe/Brussels"));
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));
		this.newsroom.moveToZone(blog, ZoneId.of("America/New_York"));

		MvcTestResult result = action(blog, scheduled, "schedule?tab=scheduled",
				Map.of("scheduledAt", "tomorrow", "scheduledIn", "Europe/Brussels"));

		Element form = moveForm(Pages.parse(result), scheduled);
		assertThat(form.selectFirst("label").text()).isEqualTo("Publish at (time in Europe/Brussels)");
		assertThat(form.selectFirst("input[name=scheduledIn]").val()).isEqualTo("Europe/Brussels");
	}

	@Test
	void aTimeGoneByOrNoTimeAtAllIsRefusedBesideTheFieldWithWhatWasTyped() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry scheduled = scheduled(blog, Instant.now().plus(Duration.ofHours(1)));
		String past = local(blog, Instant.now().minus(Duration.ofHours(1)));

		MvcTestResult inThePast = action(blog, scheduled, "schedule?tab=scheduled", Map.of("scheduledAt", past));
		MvcTestResult garbage = action(blog, scheduled, "schedule?tab=scheduled", Map.of("scheduledAt", "tomorrow"));

		assertThat(inThePast).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = moveForm(Pages.parse(inThePast), scheduled);
		assertThat(form.selectFirst(".field-error").text())
			.isEqualTo("This time has passed: give a time to come, or publish now.");
		assertThat(form.selectFirst("input[name=scheduledAt]").val()).isEqualTo(past);
		assertThat(form.closest("details").hasAttr("open")).isTrue();
		assertThat(garbage).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(moveForm(Pages.parse(garbage), scheduled).selectFirst(".field-error").text())
			.startsWith("Enter a real date and time");
		assertThat(moveForm(Pages.parse(garbage), scheduled).selectFirst("input[name=scheduledAt]").val())
			.isEqualTo("tomorrow");
		assertThat(stored(blog, scheduled).getPublishedAt()).isEqualTo(scheduled.getPublishedAt());
	}

	@Test
	void movingAnEntryNoLongerScheduledIsRefused() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry draft = draft(blog, "Not scheduled", DemoAccounts.EDITOR);

		MvcTestResult result = action(blog, draft, "schedule",
				Map.of("scheduledAt", local(blog, Instant.now().plus(Duration.ofHours(2)))));

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).selectFirst(".flash-problem").text())
			.isEqualTo("This entry is not scheduled (any more): nothing was changed.");
		assertThat(stored(blog, draft).getStatus()).isEqualTo(EntryStatus.DRAFT);
	}

	// Pinning and retracting from the Entries page

	/**
	 * Pin and Retract pressed in the Entries page's list (a tab, a search) come back to that list as it was, at the
	 * entry; pressed in the composer, to the composer. They went to the composer's top from anywhere.
	 */
	@Test
	void pinAndRetractComeBackToTheListTheyWerePressedInAtTheEntry() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.LIVE);
		Entry pinned = this.newsroom.publish(blog, "The summit opens.", Instant.now().minusSeconds(120));
		Entry wrong = this.newsroom.publish(blog, "A wrong figure.", Instant.now().minusSeconds(60));
		Document published = this.backOffice.page(list(blog) + "?tab=published", this.backOffice.asEditor());

		MvcTestResult pinning = this.backOffice.post(
				published.selectFirst("#admin-entry-" + pinned.getId() + " form[action*=/pin]").attr("action"),
				this.backOffice.asEditor(), Map.of());
		assertThat(pinning).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(list(blog) + "?tab=published#admin-entry-" + pinned.getId());
		assertThat(this.newsroom.entries().findPinned(blog.getId())).map(Entry::getId).hasValue(pinned.getId());

		MvcTestResult retracting = this.backOffice.post(
				published.selectFirst("#admin-entry-" + wrong.getId() + " form[action*=/retract]").attr("action"),
				this.backOffice.asEditor(), Map.of("reason", "Wrong figure"));
		assertThat(retracting).hasRedirectedUrl(list(blog) + "?tab=published#admin-entry-" + wrong.getId());
		assertThat(this.backOffice.follow(retracting, this.backOffice.asEditor()).selectFirst(".flash-done").text())
			.isEqualTo("Retracted from every public page.");

		Document composer = this.backOffice.page("/admin/live/" + blog.getSlug(), this.backOffice.asEditor());
		MvcTestResult unpinning = this.backOffice.post(
				composer.selectFirst("#admin-entry-" + pinned.getId() + " form[action*=/unpin]").attr("action"),
				this.backOffice.asEditor(), Map.of());
		assertThat(unpinning).hasRedirectedUrl("/admin/live/" + blog.getSlug() + "#admin-entry-" + pinned.getId());
	}

	private Element moveForm(Document page, Entry entry) {
		return page.selectFirst("#admin-entry-" + entry.getId() + " details.move form");
	}

	private Entry draft(LiveBlog blog, String headline, String username) {
		return this.newsroom.write(blog, new EntryText(headline, "Some text.", false), Publication.draft(),
				this.newsroom.actor(username));
	}

	private Entry scheduled(LiveBlog blog, Instant at) {
		return this.newsroom.write(blog, new EntryText("Later", "Goes out later.", false),
				Publication.scheduled(at.truncatedTo(ChronoUnit.MINUTES)), this.newsroom.actor(DemoAccounts.EDITOR));
	}

	private Editor contributor() {
		return SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, BackOffice.PASSWORD);
	}

	private Entry stored(LiveBlog blog, Entry entry) {
		return this.newsroom.stored(blog, entry.getId());
	}

	private MvcTestResult action(LiveBlog blog, Entry entry, String action, Map<String, String> fields) {
		return this.backOffice.post(address(blog, entry, action), this.backOffice.asEditor(), fields);
	}

	private static String address(LiveBlog blog, Entry entry, String action) {
		return "/admin/live/" + blog.getSlug() + "/entries/" + entry.getId() + "/" + action;
	}

	private static String list(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug() + "/entries";
	}

	/** A time as the move form's field gives it, in the blog's zone. */
	private static String local(LiveBlog blog, Instant time) {
		return LocalDateTime.ofInstant(time, blog.getTimeZone())
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
	}

}
