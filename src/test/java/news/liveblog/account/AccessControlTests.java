package news.liveblog.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.TestBlogs;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.blog.LiveBlogs;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entries;
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
	private Accounts accounts;

	@Autowired
	private LiveBlogs liveBlogs;

	@Autowired
	private Entries entries;

	/** This test's public blogs, withdrawn after it (see {@link TestBlogs#withdraw}). */
	private final List<String> opened = new ArrayList<>();

	@AfterEach
	void withdrawTheBlogsOpened() {
		this.opened.forEach((slug) -> TestBlogs.withdraw(this.liveBlogs, slug));
	}

	@Test
	void everyFormOfTheApplicationIsRefusedWithoutItsCsrfTokenAndChangesNothing() {
		LiveBlog blog = open();
		Entry entry = TestBlogs.publish(this.entries, blog, "Untouched.", Instant.now());
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, "a long enough password");
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
			// Refused: sent back to the form's page (or to sign in again) saying nothing was sent, since an
			// editor's own stale form looks the same; never processed.
			assertThat(result).as(uri).hasStatus(HttpStatus.FOUND);
			assertThat(result.getResponse().getRedirectedUrl()).as(uri).matches(".*\\?(resume|again)$");
		}

		Entry after = this.entries.find(blog.getId(), entry.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(after.getBodySource()).isEqualTo("Untouched.");
		assertThat(this.entries.backOfficeList(blog.getId())).hasSize(1);
		assertThat(this.accounts.find(account.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anEditorIsRefusedEveryAddressOnlyAdminsMayUse() {
		LiveBlog blog = open();
		Entry entry = TestBlogs.publish(this.entries, blog, "An entry.", Instant.now());
		Editor account = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, "a long enough password");
		String title = blog.getTitle();

		List<String> gets = adminOnly(addresses(RequestMethod.GET, blog, entry, account));
		List<String> posts = adminOnly(addresses(RequestMethod.POST, blog, entry, account));
		assertThat(gets).as("admin-only pages found").hasSizeGreaterThanOrEqualTo(4);
		assertThat(posts).as("admin-only forms found").hasSizeGreaterThanOrEqualTo(5);

		for (String uri : gets) {
			assertThat(this.mvc.get().uri(uri).with(asEditor()).exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String uri : posts) {
			assertThat(this.mvc.post()
				.uri(uri)
				.with(asEditor())
				.with(csrf())
				.param("slug", blog.getSlug())
				.param("title", "Taken over")
				.param("language", "en")
				.param("timeZone", "Europe/London")
				.param("status", "DRAFT")
				.param("version", Long.toString(blog.getVersion()))
				.param("enabled", "false")
				.param("password", "taken over password")
				.exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(this.liveBlogs.find(blog.getSlug()).orElseThrow().getTitle()).isEqualTo(title);
		assertThat(this.accounts.find(account.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anEntryOfAnotherBlogIsNotFoundUnderThisOneAndStaysUntouched() {
		LiveBlog mine = open();
		LiveBlog theirs = open();
		Entry their = TestBlogs.publish(this.entries, theirs, "Theirs.", Instant.now());
		String under = "/admin/live/" + mine.getSlug() + "/entries/" + their.getId();

		assertThat(this.mvc.get().uri(under + "/edit").with(asEditor()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		for (String action : List.of("", "/pin", "/unpin", "/retract")) {
			assertThat(this.mvc.post()
				.uri(under + action)
				.with(asEditor())
				.with(csrf())
				.param("body", "Overwritten through another blog")
				.param("version", Long.toString(their.getVersion()))
				.param("reason", "Retracted through another blog")
				.param("action", "save")
				.exchange()).as(under + action).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/live/{slug}/entries/{id}/revisions", mine.getSlug(), their.getId()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);

		Entry after = this.entries.find(theirs.getId(), their.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(after.getBodySource()).isEqualTo("Theirs.");
		assertThat(after.isPinned()).isFalse();
	}

	@Test
	void aFormBindsOnlyItsOwnFields() {
		LiveBlog blog = open();
		Entry other = TestBlogs.publish(this.entries, blog, "Another entry.", Instant.now());

		MvcTestResult written = this.mvc.post()
			.uri("/admin/live/{slug}/entries", blog.getSlug())
			.with(asEditor())
			.with(csrf())
			.param("body", "Mine.")
			.param("submissionToken", UUID.randomUUID().toString())
			.param("action", "draft")
			.param("id", Long.toString(other.getId()))
			.param("authorName", "Someone else")
			.param("authorId", "1")
			.param("status", "PUBLISHED")
			.param("liveBlogId", "1")
			.param("bodyHtml", "<script>alert(1)</script>")
			.exchange();

		assertThat(written).hasStatus(HttpStatus.FOUND);
		Entry mine = this.entries.find(blog.getId(), (Long) written.getMvcResult().getFlashMap().get("doneEntryId"))
			.orElseThrow();
		assertThat(mine.getId()).isNotEqualTo(other.getId());
		assertThat(mine.getAuthorName()).isEqualTo("Demo Editor");
		assertThat(mine.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(mine.getLiveBlogId()).isEqualTo(blog.getId());
		assertThat(mine.getBodyHtml()).isEqualTo("<p dir=\"auto\">Mine.</p>");
		assertThat(this.entries.find(blog.getId(), other.getId()).orElseThrow().getBodySource()).isEqualTo("Another entry.");

		String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(asAdmin())
			.with(csrf())
			.param("username", username)
			.param("displayName", "New editor")
			.param("password", "a long enough password")
			.param("role", "EDITOR")
			.param("enabled", "false")
			.param("passwordHash", "{noop}chosen")
			.param("id", "1")
			.exchange()).hasStatus(HttpStatus.FOUND);
		Editor created = this.accounts.findByUsername(username).orElseThrow();
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
		Map<String, Object> variables = Map.of("slug", blog.getSlug(), "entryId", entry.getId(), "editorId",
				account.getId());
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
		return SignedIn.as(this.accounts, DemoAccounts.EDITOR);
	}

	private RequestPostProcessor asAdmin() {
		return SignedIn.as(this.accounts, DemoAccounts.ADMIN);
	}

	private LiveBlog open() {
		LiveBlog blog = TestBlogs.open(this.liveBlogs, LiveBlogStatus.LIVE);
		this.opened.add(blog.getSlug());
		return blog;
	}

}
