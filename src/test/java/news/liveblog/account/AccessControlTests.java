package news.liveblog.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.blog.LiveBlog;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may change what, checked over every address the application maps rather than a list that could
 * forget one: no form is taken without its CSRF token, an editor reaches nothing only admins may do, an
 * entry is only ever reached under its own blog, a form binds only its own fields, and signing out ends
 * the session.
 */
@ApplicationTest
class AccessControlTests {

	private static final List<String> ADMIN_ONLY = List.of("/admin/blogs", "/admin/accounts", "/admin/audit");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Test
	void everyFormOfTheApplicationIsRefusedWithoutItsCsrfTokenAndChangesNothing() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry entry = this.newsroom.publish(blog, "Untouched.", Instant.now());
		Editor account = this.backOffice.newEditor();
		List<String> posts = addresses(RequestMethod.POST, blog, entry, account);
		posts.add(SignedIn.LOGIN_PAGE);
		posts.add("/admin/logout");
		assertThat(posts).as("the forms found").hasSizeGreaterThanOrEqualTo(10);

		for (String uri : posts) {
			MvcTestResult result = this.mvc.post()
				.uri(uri)
				.with(asAdmin())
				.param("body", "Forged")
				.param("reason", "Forged")
				.param("enabled", "false")
				.param("password", "forged password 123")
				.param("username", DemoAccounts.ADMIN)
				.exchange();
			if (uri.startsWith("/live/")) {
				// What readers send (SiteSecurity.readerContributions) rides on no session or cookie, so there is no
				// token to forge; such a request is refused cross-site instead, and tested with its feature.
				continue;
			}
			if (SessionEndedEntryPoint.isScriptAddress(uri)) {
				// A script's call (the desk's heartbeat): a bare 403 it understands, no page to go back to.
				assertThat(result).as(uri).hasStatus(HttpStatus.FORBIDDEN);
				continue;
			}
			// Refused: sent back to the form's page (or to sign in again) saying nothing was sent, since an
			// editor's own stale form looks the same; never processed.
			assertThat(result).as(uri).hasStatus(HttpStatus.FOUND);
			assertThat(result.getResponse().getRedirectedUrl()).as(uri).matches(".*\\?(resume|again)$");
		}

		Entry after = this.newsroom.stored(blog, entry.getId());
		assertThat(after.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(after.getBodySource()).isEqualTo("Untouched.");
		assertThat(this.newsroom.storedEntries(blog)).hasSize(1);
		assertThat(this.newsroom.account(account.getUsername()).isEnabled()).isTrue();
	}

	@Test
	void anEditorIsRefusedEveryAddressOnlyAdminsMayUse() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry entry = this.newsroom.publish(blog, "An entry.", Instant.now());
		Editor account = this.backOffice.newEditor();
		String title = blog.getTitle();

		List<String> gets = adminOnly(addresses(RequestMethod.GET, blog, entry, account));
		List<String> posts = adminOnly(addresses(RequestMethod.POST, blog, entry, account));
		assertThat(gets).as("admin-only pages found").hasSizeGreaterThanOrEqualTo(4);
		assertThat(posts).as("admin-only forms found").hasSizeGreaterThanOrEqualTo(5);

		for (String uri : gets) {
			assertThat(this.mvc.get().uri(uri).with(asEditor()).exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String uri : posts) {
			assertThat(this.backOffice.post(uri, asEditor(),
					Map.of("slug", blog.getSlug(), "title", "Taken over", "language", "en", "timeZone", "Europe/London",
							"status", "DRAFT", "version", Long.toString(blog.getVersion()), "enabled", "false",
							"password", "taken over password")))
				.as(uri)
				.hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(this.newsroom.stored(blog).getTitle()).isEqualTo(title);
		assertThat(this.newsroom.account(account.getUsername()).isEnabled()).isTrue();
	}

	@Test
	void anEntryOfAnotherBlogIsNotFoundUnderThisOneAndStaysUntouched() {
		LiveBlog mine = this.newsroom.openPublicBlog();
		LiveBlog theirs = this.newsroom.openPublicBlog();
		Entry their = this.newsroom.publish(theirs, "Theirs.", Instant.now());
		String under = "/admin/live/" + mine.getSlug() + "/entries/" + their.getId();

		assertThat(this.mvc.get().uri(under + "/edit").with(asEditor()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		for (String action : List.of("", "/pin", "/unpin", "/retract")) {
			assertThat(this.backOffice.post(under + action, asEditor(),
					Map.of("body", "Overwritten through another blog", "version", Long.toString(their.getVersion()),
							"reason", "Retracted through another blog", "action", "save")))
				.as(under + action)
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/live/{slug}/entries/{id}/revisions", mine.getSlug(), their.getId()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);

		Entry after = this.newsroom.stored(theirs, their.getId());
		assertThat(after.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(after.getBodySource()).isEqualTo("Theirs.");
		assertThat(after.isPinned()).isFalse();
	}

	@Test
	void aFormBindsOnlyItsOwnFields() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		Entry other = this.newsroom.publish(blog, "Another entry.", Instant.now());

		MvcTestResult written = this.backOffice.newEntry(blog)
			.body("Mine.")
			.field("id", Long.toString(other.getId()))
			.field("authorName", "Someone else")
			.field("authorId", "1")
			.field("status", "PUBLISHED")
			.field("liveBlogId", "1")
			.field("bodyHtml", "<script>alert(1)</script>")
			.send("draft");

		assertThat(written).hasStatus(HttpStatus.FOUND);
		Entry mine = this.newsroom.stored(blog, BackOffice.doneEntryId(written));
		assertThat(mine.getId()).isNotEqualTo(other.getId());
		assertThat(mine.getAuthorName()).isEqualTo("Demo Editor");
		assertThat(mine.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(mine.getLiveBlogId()).isEqualTo(blog.getId());
		assertThat(mine.getBodyHtml()).isEqualTo("<p dir=\"auto\">Mine.</p>");
		assertThat(this.newsroom.stored(blog, other.getId()).getBodySource()).isEqualTo("Another entry.");

		String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
		assertThat(this.backOffice.post("/admin/accounts", asAdmin(),
				Map.of("username", username, "displayName", "New editor", "password", BackOffice.PASSWORD, "role",
						"EDITOR", "enabled", "false", "passwordHash", "{noop}chosen", "id", "1")))
			.hasStatus(HttpStatus.FOUND);
		Editor created = this.newsroom.account(username);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void signingOutEndsTheSessionAndItsIdOpensNothingAfterwards() {
		MvcTestResult signedIn = this.mvc.perform(
				SignedIn.signInForm(DemoAccounts.EDITOR, DemoAccounts.EDITOR, new MockHttpSession()));
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();

		MvcTestResult signedOut = this.mvc.post().uri("/admin/logout").session(session).with(csrf()).exchange();

		assertThat(signedOut).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(SignedIn.LOGIN_PAGE + "?signedOut");
		assertThat(session.isInvalid()).as("the session is invalidated on the server").isTrue();
		MvcTestResult afterwards = this.mvc.get().uri("/admin").session(session).exchange();
		assertThat(afterwards).hasStatus(HttpStatus.FOUND);
		assertThat(afterwards.getResponse().getRedirectedUrl()).endsWith(SignedIn.LOGIN_PAGE);
	}

	/** Every address the application maps for that method, with its variables naming real things. */
	private List<String> addresses(RequestMethod method, LiveBlog blog, Entry entry, Editor account) {
		// A photo's address takes a key and a width: one no photo has, as good as any for who may ask.
		Map<String, Object> variables = Map.of("slug", blog.getSlug(), "entryId", entry.getId(), "editorId",
				account.getId(), "key", "0".repeat(64), "width", 480, "questionId", 1L, "blogId", blog.getId(),
				"endpointId", 1);
		List<String> uris = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getMethodsCondition().getMethods().contains(method)) {
				for (String pattern : info.getPatternValues()) {
					uris.add(UriComponentsBuilder.fromPath(pattern).buildAndExpand(variables).toUriString());
				}
			}
		});
		return uris;
	}

	private static List<String> adminOnly(List<String> uris) {
		return new ArrayList<>(uris.stream().filter((uri) -> ADMIN_ONLY.stream().anyMatch(uri::startsWith)).toList());
	}

	private RequestPostProcessor asEditor() {
		return this.backOffice.asEditor();
	}

	private RequestPostProcessor asAdmin() {
		return this.backOffice.asAdmin();
	}

}
