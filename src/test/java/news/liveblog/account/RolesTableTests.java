package news.liveblog.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every role against every address of the back office, read from the application's own mappings: a stranger
 * is sent to sign in, a role below the address's gets the back office's 403 page, the others get in. A
 * refused form changes nothing. An address the table does not know fails the test: whoever adds one says
 * here who may use it.
 */
@ApplicationTest
class RolesTableTests {

	/** Who may use each address of the back office, the lowest role that may. */
	private static final Map<String, Who> TABLE = Map.ofEntries(
			Map.entry("GET /admin/session", Who.CONTRIBUTOR),
			Map.entry("GET /admin", Who.CONTRIBUTOR),
			Map.entry("GET /admin/live/{slug}", Who.CONTRIBUTOR),
			// The desk's change stream, and the entry list it refreshes (a contributor's shows their own work only).
			Map.entry("GET /admin/desk/events", Who.CONTRIBUTOR),
			// Presence and readers now: every role is on the desk (what a contributor may name is PresenceTests').
			Map.entry("POST /admin/desk/presence", Who.CONTRIBUTOR),
			Map.entry("POST /admin/desk/presence/leave", Who.CONTRIBUTOR),
			Map.entry("GET /admin/desk/readers", Who.CONTRIBUTOR),
			Map.entry("GET /admin/live/{slug}/entries", Who.CONTRIBUTOR),
			// A contributor's own submissions, beside their composer.
			Map.entry("GET /admin/live/{slug}/submissions", Who.CONTRIBUTOR),
			// Sent with the Publish button: a contributor may only submit (ContributorReviewTests).
			Map.entry("POST /admin/live/{slug}/entries", Who.EDITOR),
			// The entry is a published one, an editor's: a contributor opens only their own drafts and submissions.
			Map.entry("GET /admin/live/{slug}/entries/{entryId}/edit", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/pin", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/unpin", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/retract", Who.EDITOR),
			// The entry list's actions on that entry: a contributor deletes only their own drafts
			// (EntryListActionsTests), and moves no schedule.
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/delete", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/unschedule", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/entries/{entryId}/schedule", Who.EDITOR),
			Map.entry("GET /admin/live/{slug}/review", Who.EDITOR),
			Map.entry("GET /admin/blogs/new", Who.ADMIN),
			Map.entry("POST /admin/blogs", Who.ADMIN),
			Map.entry("GET /admin/blogs/{slug}/edit", Who.ADMIN),
			Map.entry("POST /admin/blogs/{slug}", Who.ADMIN),
			Map.entry("GET /admin/accounts", Who.ADMIN),
			Map.entry("POST /admin/accounts", Who.ADMIN),
			Map.entry("POST /admin/accounts/{editorId}", Who.ADMIN),
			Map.entry("POST /admin/accounts/{editorId}/enabled", Who.ADMIN),
			Map.entry("POST /admin/accounts/{editorId}/password", Who.ADMIN),
			Map.entry("POST /admin/accounts/{editorId}/sign-in-delays/lift", Who.ADMIN),
			Map.entry("GET /admin/audit", Who.ADMIN),
			// Photos from the field: reporters are contributors (the photo module's PhotoUploadTests).
			Map.entry("POST /admin/photos", Who.CONTRIBUTOR),
			// The code partners paste shows only public addresses.
			Map.entry("GET /admin/live/{slug}/embed", Who.CONTRIBUTOR),
			// Readers' questions are moderated by editors.
			Map.entry("GET /admin/live/{slug}/questions", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/questions/open", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/questions/dismiss-shown", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/questions/{questionId}/answer", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/questions/{questionId}/dismiss", Who.EDITOR),
			Map.entry("POST /admin/live/{slug}/questions/{questionId}/spam", Who.EDITOR),
			// Webhooks are a blog's settings: admins only.
			Map.entry("GET /admin/blogs/{blogId}/webhooks", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks", Who.ADMIN),
			Map.entry("GET /admin/blogs/{blogId}/webhooks/{endpointId}/secret", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks/{endpointId}/secret", Who.ADMIN),
			Map.entry("GET /admin/blogs/{blogId}/webhooks/{endpointId}/deliveries", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks/{endpointId}/pause", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks/{endpointId}/resume", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks/{endpointId}/test", Who.ADMIN),
			Map.entry("GET /admin/blogs/{blogId}/webhooks/{endpointId}/delete", Who.ADMIN),
			Map.entry("POST /admin/blogs/{blogId}/webhooks/{endpointId}/delete", Who.ADMIN));

	/**
	 * Server-sent-event streams: MockMvc's asynchronous context has no response to stream to, so a request let
	 * through fails inside the stream itself. That it got there is what this table asks; DeskStreamTests opens
	 * the stream over a real connection for each role.
	 */
	private static final Set<String> STREAMS = Set.of("GET /admin/desk/events");

	/** What scripts ask for: a stranger is answered 401, not sent to a sign-in page nobody would see. */
	private static final Set<String> SCRIPT_CALLS = Set.of("/admin/session", "/admin/desk/presence",
			"/admin/desk/presence/leave", "/admin/desk/readers", "/admin/photos");

	/** Not the table's: the sign-in page is everyone's, and the 403 page is what refusals forward to. */
	private static final Set<String> OUTSIDE = Set.of("/admin/login", "/admin/forbidden");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theTableNamesEveryAddressOfTheBackOffice() {
		assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(backOfficeAddresses());
	}

	@Test
	void everyRoleGetsWhatTheTableSaysAtEveryAddressAndARefusedFormChangesNothing() {
		List<String> seen = new ArrayList<>();
		for (String address : backOfficeAddresses()) {
			Who needed = TABLE.get(address);
			assertThat(needed).as("who may use " + address).isNotNull();
			for (Who who : Who.values()) {
				// Each request on things of its own: what one role's allowed form changed is no other's starting point.
				Fixture fixture = fixture();
				String method = address.substring(0, address.indexOf(' '));
				String uri = fixture.expand(address.substring(address.indexOf(' ') + 1));
				String before = fixture.state();
				MvcTestResult result = request(method, uri, who, fixture);
				String row = who + " " + method + " " + uri + " (needs " + needed + ")";
				if (who == Who.STRANGER) {
					assertSentToSignIn(result, uri, row);
				}
				else if (who.ordinal() < needed.ordinal()) {
					// The back office's own 403 page (MockMvc does not follow the forward; ContributorReviewTests reads it).
					assertThat(result).as(row).hasStatus(HttpStatus.FORBIDDEN);
					assertThat(result.getResponse().getForwardedUrl()).as(row).isEqualTo("/admin/forbidden");
				}
				else if (STREAMS.contains(address)) {
					assertThat(result.getUnresolvedException()).as(row + ": reached the stream")
						.rootCause()
						.isInstanceOf(NullPointerException.class)
						.hasMessageContaining("AsyncContext.getResponse()");
				}
				else {
					assertThat(result.getResponse().getStatus()).as(row).isNotIn(401, 403, 404, 405, 500);
					assertThat(Objects.toString(result.getResponse().getRedirectedUrl(), "")).as(row)
						.doesNotContain(SignedIn.LOGIN_PAGE);
				}
				if (who == Who.STRANGER || who.ordinal() < needed.ordinal()) {
					assertThat(fixture.state()).as(row + " changed nothing").isEqualTo(before);
				}
				seen.add(row);
				fixture.forgetWebhooks();
			}
		}
		assertThat(seen).as("rows tried").hasSize(TABLE.size() * Who.values().length);
	}

	private void assertSentToSignIn(MvcTestResult result, String uri, String row) {
		if (SCRIPT_CALLS.contains(uri)) {
			// Asked from a script (the composer's keep-alive, the desk's heartbeat and poll): told, not redirected.
			assertThat(result).as(row).hasStatus(HttpStatus.UNAUTHORIZED);
			return;
		}
		assertThat(result).as(row).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).as(row).contains(SignedIn.LOGIN_PAGE);
	}

	private MvcTestResult request(String method, String uri, Who who, Fixture fixture) {
		MockMvcRequestBuilder request = method.equals("GET") ? this.mvc.get().uri(uri)
				: this.mvc.post().uri(uri).with(csrf());
		if (who.username != null) {
			request.with(this.backOffice.as(who.username));
		}
		if (method.equals("POST")) {
			// What each of the back office's forms needs to be taken, all at once: an allowed request is done.
			fixture.form().forEach(request::param);
		}
		return request.exchange();
	}

	/** "GET /admin/live/{slug}" for every method and pattern mapped under /admin, but the sign-in and 403 pages. */
	private List<String> backOfficeAddresses() {
		Map<String, String> addresses = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/admin") || OUTSIDE.contains(pattern)) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					addresses.put(method + " " + pattern, handler.toString());
				}
			}
		});
		return List.copyOf(addresses.keySet());
	}

	private Fixture fixture() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry entry = this.newsroom.publish(blog, "Untouched.", Instant.now());
		Editor account = this.backOffice.newEditor();
		Timestamp now = Timestamp.from(Instant.now());
		long endpointId = this.jdbc.sql("""
				insert into webhook_endpoint (live_blog_id, url, secret, state, created_by, created_at)
				values (?, 'http://127.0.0.1:9/table-test', 'whsec_dGFibGUtdGVzdC10YWJsZS10ZXN0LXRhYmxlLXRlc3Q=', 'ACTIVE',
				'table test', ?) returning id
				""").params(blog.getId(), now).query(Long.class).single();
		long questionId = this.jdbc.sql("""
				insert into reader_question (live_blog_id, question_text, fingerprint, asked_at, last_asked_at)
				values (?, 'A table test question?', 'a table test question', ?, ?) returning id
				""").params(blog.getId(), now, now).query(Long.class).single();
		return new Fixture(blog, entry, account, endpointId, questionId);
	}

	/** Who asks: nobody signed in, then each role, lowest first. */
	private enum Who {

		STRANGER(null), CONTRIBUTOR(DemoAccounts.REPORTER), EDITOR(DemoAccounts.EDITOR), ADMIN(DemoAccounts.ADMIN);

		private final String username;

		Who(String username) {
			this.username = username;
		}

	}

	/** A blog with one published entry and an account of its own, for one request. */
	private final class Fixture {

		private final LiveBlog blog;

		private final Entry entry;

		private final Editor account;

		private final long endpointId;

		private final long questionId;

		Fixture(LiveBlog blog, Entry entry, Editor account, long endpointId, long questionId) {
			this.blog = blog;
			this.entry = entry;
			this.account = account;
			this.endpointId = endpointId;
			this.questionId = questionId;
		}

		String expand(String pattern) {
			return UriComponentsBuilder.fromPath(pattern)
				.buildAndExpand(Map.of("slug", this.blog.getSlug(), "entryId", this.entry.getId(), "editorId",
						this.account.getId(), "blogId", this.blog.getId(), "endpointId", this.endpointId, "questionId",
						this.questionId))
				.toUriString();
		}

		Map<String, String> form() {
			Map<String, String> form = new TreeMap<>();
			form.put("headline", "Table test");
			form.put("body", "Changed by the table test.");
			form.put("action", "publish");
			form.put("submissionToken", UUID.randomUUID().toString());
			form.put("version", Long.toString(this.entry.getVersion()));
			form.put("reason", "Table test");
			// Its own slug: the settings form changes other things, and the blog is still found to be put back.
			form.put("slug", this.blog.getSlug());
			form.put("title", "Table test");
			form.put("language", "en");
			form.put("timeZone", "Europe/London");
			form.put("status", "DRAFT");
			form.put("username", "t-" + UUID.randomUUID().toString().substring(0, 18));
			form.put("displayName", "Table test");
			form.put("password", "a table test password 123");
			form.put("role", "EDITOR");
			form.put("enabled", "false");
			return form;
		}

		/** Its webhook endpoints, so that none goes on retrying a receiver that is not there for the rest of the run. */
		void forgetWebhooks() {
			RolesTableTests.this.jdbc.sql("delete from webhook_endpoint where live_blog_id = ?").param(this.blog.getId()).update();
		}

		/**
		 * The blog, its entries, its account, its webhook endpoints and readers' questions, and how many blogs and
		 * accounts there are.
		 */
		String state() {
			return RolesTableTests.this.jdbc.sql("""
					select (select count(*) from live_blog) || '|' || (select count(*) from editor) || '|'
					  || (select version || title || takes_questions from live_blog where id = :blog) || '|'
					  || (select enabled || ':' || version from editor where id = :account) || '|'
					  || (select string_agg(id || ':' || status || ':' || version || ':' || pinned, ',' order by id)
					      from entry where live_blog_id = :blog) || '|'
					  || (select coalesce(string_agg(id || ':' || state || ':' || secret, ',' order by id), '')
					      from webhook_endpoint where live_blog_id = :blog) || '|'
					  || (select coalesce(string_agg(id || ':' || status, ',' order by id), '')
					      from reader_question where live_blog_id = :blog) || '|'
					  || (select count(*) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
					      where e.live_blog_id = :blog)
					""")
				.param("blog", this.blog.getId())
				.param("account", this.account.getId())
				.query(String.class)
				.single();
		}

	}

}
