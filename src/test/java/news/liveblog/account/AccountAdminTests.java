package news.liveblog.account;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Pages;
import news.liveblog.audit.AuditEvent;
import news.liveblog.audit.AuditTrail;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Admins give the newsroom its accounts: only with passwords long enough to resist guessing, usernames that
 * cannot be told apart by case alone, and a disable switch that really locks the door; an admin can never
 * lock themself out by mistake.
 */
@ApplicationTest
class AccountAdminTests {

	private static final String PASSWORD = "twelve chars";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AuditTrail auditTrail;

	@Test
	void aPasswordOfElevenCharactersIsRefusedBesideTheFieldAndNoAccountIsMade() {
		String username = uniqueUsername();

		MvcTestResult result = create(username, "Jane Short", "eleven char", "EDITOR");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = createForm(Pages.parse(result));
		assertThat(fieldError(form, "password")).isEqualTo("The password must have at least 12 characters.");
		assertThat(form.select(".field-error")).hasSize(1);
		assertThat(form.selectFirst("input#username").val()).isEqualTo(username);
		assertThat(form.selectFirst("input#displayName").val()).isEqualTo("Jane Short");
		assertThat(form.selectFirst("input#password").val()).as("a password is never sent back").isEmpty();
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void anAdminCreatesAContributorFromTheFormWhichSaysWhatEachRoleMayDo() {
		Element form = createForm(Pages.parse(this.mvc.get().uri("/admin/accounts").with(asAdmin()).exchange()));
		assertThat(form.select("select[name=role] option").eachText()).containsExactly("Contributor", "Editor", "Admin");
		assertThat(form.selectFirst("#role-help").text()).startsWith("Contributor: writes entries and submits them");
		assertThat(form.select("[maxlength]")).as("a pasted name is not cut").isEmpty();
		String username = uniqueUsername();

		assertThat(create(username, "Jane Reporter", PASSWORD, "CONTRIBUTOR")).hasStatus(HttpStatus.FOUND);

		assertThat(this.accounts.findByUsername(username).orElseThrow().getRole()).isEqualTo(EditorRole.CONTRIBUTOR);
	}

	@Test
	void aNewAccountIsListedAuditedAndCanSignIn() {
		String username = uniqueUsername();

		MvcTestResult result = create(username, "Jane Doe", PASSWORD, "EDITOR");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(result).flash().containsEntry("done", "account.done.created");
		Editor created = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(EditorRole.EDITOR);
		assertThat(created.getDisplayName()).isEqualTo("Jane Doe");
		assertThat(created.isEnabled()).isTrue();

		Document list = Pages.parse(this.mvc.get()
			.uri("/admin/accounts")
			.with(asAdmin())
			.flashAttrs(result.getMvcResult().getFlashMap())
			.exchange());
		assertThat(list.selectFirst(".flash-done").text()).isEqualTo("Account created.");
		assertThat(list.select("tbody tr td:first-child").eachText()).contains(username);

		assertThat(this.auditTrail.page(null)).anySatisfy((event) -> {
			assertThat(event.getAction()).isEqualTo("account.CREATED");
			assertThat(event.getDetails()).isEqualTo(username);
			assertThat(event.getActor()).isEqualTo("Demo Admin");
		});

		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.perform(SignedIn.signInForm(username, PASSWORD, session)))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/accounts").session(session).exchange())
			.as("an editor's account is not an admin's").hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void usernamesAreStoredLowerCaseAndSignInIgnoresCase() {
		String typed = "  Jane.DOE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + " ";
		String expected = typed.strip().toLowerCase();

		Editor editor = this.accounts.create(new NewAccount(typed, "Jane", PASSWORD, EditorRole.EDITOR),
				Actor.application("test"));

		assertThat(editor.getUsername()).isEqualTo(expected);
		assertThat(this.accounts.findByUsername(expected)).isPresent();
		assertThat(this.accounts.findByUsername(expected.toUpperCase())).map(Editor::getId).hasValue(editor.getId());
		assertThat(this.mvc.perform(SignedIn.signInForm(expected.toUpperCase(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void aTakenUsernameIsRefusedWhateverItsCaseAndSummedUpAtTheTopOfTheForm() {
		String username = uniqueUsername();
		this.accounts.create(new NewAccount(username, "First", PASSWORD, EditorRole.EDITOR), Actor.application("test"));

		MvcTestResult viaForm = create(username, "Second", PASSWORD, "EDITOR");

		assertThat(viaForm).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(createForm(Pages.parse(viaForm)), "username"))
			.isEqualTo("Another account already has this username.");
		BackOffice.assertProblemSummedUp(createForm(Pages.parse(viaForm)), "username",
				"Another account already has this username.");
		assertThatExceptionOfType(UsernameTakenException.class)
			.isThrownBy(() -> this.accounts.create(
					new NewAccount(username.toUpperCase(), "Third", PASSWORD, EditorRole.EDITOR),
					Actor.application("test")));
		assertThat(this.accounts.findByUsername(username).orElseThrow().getDisplayName()).isEqualTo("First");
	}

	@Test
	void theFormAsksForALowerCaseUsernameRatherThanChangingWhatWasTyped() {
		String typed = "Jane-" + UUID.randomUUID().toString().substring(0, 8);

		MvcTestResult result = create(typed, "Jane", PASSWORD, "EDITOR");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Element form = createForm(Pages.parse(result));
		assertThat(form.selectFirst("input#username").val()).isEqualTo(typed);
		assertThat(fieldError(form, "username")).isEqualTo(
				"Use 1 to 50 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
		assertThat(this.accounts.findByUsername(typed)).isEmpty();
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() {
		Editor admin = SignedIn.newAccount(this.accounts, EditorRole.ADMIN, PASSWORD);
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		RequestPostProcessor asThatAdmin = SignedIn.as(this.accounts, admin.getUsername());

		MvcTestResult disabled = setEnabled(editor, false, asThatAdmin);

		assertThat(disabled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(disabled).flash().containsEntry("done", "account.done.disabled");
		assertThat(this.accounts.find(editor.getId()).orElseThrow().isEnabled()).isFalse();
		MockHttpSession session = new MockHttpSession();
		MvcTestResult refused = this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, session));
		assertThat(refused).hasRedirectedUrl(SignedIn.LOGIN_PAGE + "?error=disabled");
		Document page = Pages.parse(this.mvc.get().uri(SignedIn.LOGIN_PAGE + "?error=disabled").exchange());
		assertThat(page.selectFirst("main .flash-problem").text())
			.isEqualTo("This account is disabled. Ask an admin to enable it.");
		assertThat(this.auditTrail.page(null)).extracting(AuditEvent::getAction, AuditEvent::getDetails,
				AuditEvent::getActor)
			.contains(tuple("account.DISABLED", editor.getUsername(), admin.getDisplayName()));

		assertThat(setEnabled(editor, true, asThatAdmin)).flash().containsEntry("done", "account.done.enabled");
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void anAdminCannotDisableThemself() {
		Editor admin = SignedIn.newAccount(this.accounts, EditorRole.ADMIN, PASSWORD);

		MvcTestResult result = setEnabled(admin, false, SignedIn.as(this.accounts, admin.getUsername()));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(result).flash().containsEntry("problem", "account.problem.disableSelf");
		assertThat(this.accounts.find(admin.getId()).orElseThrow().isEnabled()).isTrue();
		Document list = Pages.parse(this.mvc.get()
			.uri("/admin/accounts")
			.with(SignedIn.as(this.accounts, admin.getUsername()))
			.flashAttrs(result.getMvcResult().getFlashMap())
			.exchange());
		assertThat(list.selectFirst(".flash-problem").text()).isEqualTo("You cannot disable your own account.");
		assertThat(this.mvc.perform(SignedIn.signInForm(admin.getUsername(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void anAdminsOwnRowSaysSoAndOffersNoDisableButtonWhereOthersDo() {
		Editor admin = SignedIn.newAccount(this.accounts, EditorRole.ADMIN, PASSWORD);
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		Document list = Pages.parse(
				this.mvc.get().uri("/admin/accounts").with(SignedIn.as(this.accounts, admin.getUsername())).exchange());

		Element own = row(list, admin);
		assertThat(own.select("form[action$=/enabled]")).as("no button that can only be refused").isEmpty();
		assertThat(own.selectFirst(".account-you").text()).isEqualTo("(you)");
		assertThat(own.select("form[action$=/password]")).hasSize(1);
		Element other = row(list, editor);
		assertThat(other.selectFirst("form[action$=/enabled] button").text()).isEqualTo("Disable");
		assertThat(other.select(".account-you")).isEmpty();
	}

	private static Element row(Document list, Editor account) {
		return list.select(".accounts-table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("td span").text().equals(account.getUsername()))
			.findFirst()
			.orElseThrow();
	}

	// Renaming an account, changing its role

	@Test
	void anAdminRenamesAContributorAndMakesThemAnEditorFromTheirRowAndTheAuditTrailSaysBoth() {
		Editor reporter = SignedIn.newAccount(this.accounts, EditorRole.CONTRIBUTOR, PASSWORD);
		Element form = accountRow(reporter).selectFirst(".account-change form[action=/admin/accounts/" + reporter.getId() + "]");
		assertThat(form.select("input[name], select[name]").eachAttr("name")).containsExactly("_csrf", "version", "displayName", "role");
		assertThat(form.selectFirst("input[name=displayName]").val()).isEqualTo(reporter.getDisplayName());
		assertThat(form.selectFirst("select[name=role] option[selected]").text()).isEqualTo("Contributor");

		MvcTestResult saved = change(reporter, reporter.getVersion(), "  Jane Stringer ", "EDITOR");

		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(saved).flash().containsEntry("done", "account.done.changed");
		Editor now = this.accounts.find(reporter.getId()).orElseThrow();
		assertThat(now.getDisplayName()).isEqualTo("Jane Stringer");
		assertThat(now.getRole()).isEqualTo(EditorRole.EDITOR);
		assertThat(this.auditTrail.page(null)).extracting(AuditEvent::getAction, AuditEvent::getDetails)
			.contains(tuple("account.RENAMED", reporter.getUsername()),
					tuple("account.MADE_EDITOR", reporter.getUsername()));
		Document audit = Pages.parse(this.mvc.get().uri("/admin/audit").with(asAdmin()).exchange());
		assertThat(audit.text()).contains("renamed an account", "made an account an editor");
		assertThat(accountRow(reporter).select("td").eachText()).contains("Jane Stringer", "Editor");
	}

	@Test
	void savingARowUnchangedSaysSoAndAuditsNothing() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult saved = change(editor, editor.getVersion(), editor.getDisplayName(), "EDITOR");

		assertThat(saved).flash().containsEntry("done", "account.done.unchanged");
		assertThat(this.auditTrail.page(null)).filteredOn((event) -> editor.getUsername().equals(event.getDetails()))
			.extracting(AuditEvent::getAction)
			.containsOnly("account.CREATED");
	}

	@Test
	void aSaveFromAPageDrawnBeforeAnotherAdminsChangeIsRefusedNotLaidOverIt() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		long drawnAt = editor.getVersion();
		change(editor, drawnAt, "Renamed by the first admin", "EDITOR");

		MvcTestResult second = change(editor, drawnAt, editor.getDisplayName(), "CONTRIBUTOR");

		assertThat(second).flash().containsEntry("problem", "account.problem.changedMeanwhile");
		Editor now = this.accounts.find(editor.getId()).orElseThrow();
		assertThat(now.getDisplayName()).isEqualTo("Renamed by the first admin");
		assertThat(now.getRole()).isEqualTo(EditorRole.EDITOR);
		assertThat(page(second).selectFirst(".flash-problem").text()).isEqualTo("Another admin changed "
				+ editor.getUsername() + " while you had this page open, so nothing was saved. The account is shown as "
				+ "it is now: make your change again if it is still needed.");
	}

	@Test
	void anAdminKeepsTheirOwnRoleButMayRenameThemself() {
		Editor admin = SignedIn.newAccount(this.accounts, EditorRole.ADMIN, PASSWORD);
		RequestPostProcessor asThem = SignedIn.as(this.accounts, admin.getUsername());
		Element own = row(Pages.parse(this.mvc.get().uri("/admin/accounts").with(asThem).exchange()), admin);
		assertThat(own.select("select[name=role]")).as("no choice that can only be refused").isEmpty();

		MvcTestResult demoted = change(admin, admin.getVersion(), admin.getDisplayName(), "EDITOR", asThem);

		assertThat(demoted).flash().containsEntry("problem", "account.problem.ownRole");
		assertThat(this.accounts.find(admin.getId()).orElseThrow().getRole()).isEqualTo(EditorRole.ADMIN);
		assertThat(change(admin, admin.getVersion(), "Chief Admin", "ADMIN", asThem)).flash()
			.containsEntry("done", "account.done.changed");
		assertThat(this.accounts.find(admin.getId()).orElseThrow().getDisplayName()).isEqualTo("Chief Admin");
	}

	@Test
	void aBlankDisplayNameIsRefusedNamingTheAccountAndNothingIsSaved() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult refused = change(editor, editor.getVersion(), "   ", "CONTRIBUTOR");

		assertThat(page(refused).selectFirst(".flash-problem").text())
			.isEqualTo("Nothing was saved for " + editor.getUsername() + ": Give the name readers will see.");
		Editor now = this.accounts.find(editor.getId()).orElseThrow();
		assertThat(now.getDisplayName()).isEqualTo(editor.getDisplayName());
		assertThat(now.getRole()).isEqualTo(EditorRole.EDITOR);
	}

	private MvcTestResult change(Editor account, long version, String displayName, String role) {
		return change(account, version, displayName, role, asAdmin());
	}

	private MvcTestResult change(Editor account, long version, String displayName, String role,
			RequestPostProcessor as) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}", account.getId())
			.with(as)
			.with(csrf())
			.param("displayName", displayName)
			.param("role", role)
			.param("version", Long.toString(version))
			.exchange();
	}

	/** The accounts page a redirect leads to, with the flash messages it carried. */
	private Document page(MvcTestResult redirected) {
		return Pages.parse(this.mvc.get()
			.uri("/admin/accounts")
			.with(asAdmin())
			.flashAttrs(redirected.getMvcResult().getFlashMap())
			.exchange());
	}

	@Test
	void aPasswordResetNeedsTwelveCharactersAndReplacesTheOldPassword() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult tooShort = resetPassword(editor, "eleven char");
		assertThat(tooShort).flash().containsEntry("problem", "account.password.tooShort.for");
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession())))
			.as("the old password still works after a refused reset").hasRedirectedUrl("/admin");

		MvcTestResult reset = resetPassword(editor, "a brand new password");
		assertThat(reset).flash().containsEntry("done", "account.done.passwordReset");
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl(SignedIn.LOGIN_PAGE + "?error=badCredentials");
		assertThat(this.mvc.perform(
				SignedIn.signInForm(editor.getUsername(), "a brand new password", new MockHttpSession())))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void aPasswordOfOnlySpacesIsRefusedBesideTheFieldAndNoAccountIsMade() {
		String username = uniqueUsername();

		MvcTestResult result = create(username, "Jane Spaces", " ".repeat(12), "EDITOR");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(createForm(Pages.parse(result)), "password"))
			.isEqualTo("The password cannot be only spaces: use words or a mix of characters.");
		assertThat(this.accounts.findByUsername(username)).isEmpty();
		assertThat(this.mvc.perform(SignedIn.signInForm(username, " ".repeat(12), new MockHttpSession())))
			.hasRedirectedUrl(SignedIn.LOGIN_PAGE + "?error=badCredentials");
	}

	@Test
	void aPasswordResetToOneCharacterRepeatedIsRefusedNamingTheAccountAndTheOldOneStillWorks() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult refused = resetPassword(editor, "t".repeat(12));

		assertThat(refused).flash().containsEntry("problem", "account.password.oneCharacterRepeated.for");
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl("/admin");
		assertThatExceptionOfType(PasswordRefusedException.class).as("whoever resets it")
			.isThrownBy(() -> this.accounts.resetPassword(editor.getId(), " ".repeat(12), Actor.application("test")));
	}

	@Test
	void aPasswordResetTooShortIsSaidAboveTheListNamingTheAccount() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult refused = resetPassword(editor, "eleven char");

		Document list = Pages.parse(this.mvc.get()
			.uri("/admin/accounts")
			.with(asAdmin())
			.flashAttrs(refused.getMvcResult().getFlashMap())
			.exchange());
		assertThat(list.selectFirst("main .flash-problem[role=alert]").text())
			.isEqualTo("The password for " + editor.getUsername() + " must have at least 12 characters.");
	}

	@Test
	void aPasswordOfSixtyFourCharactersOrOfEmojiIsAcceptedAndWorksAsTyped() {
		String long64 = "correct horse battery staple, and then some more words to reach 64".substring(0, 64);
		String emoji = "🔑 clé à molette ✓ 密码";
		for (String password : new String[] { long64, emoji }) {
			String username = uniqueUsername();

			assertThat(create(username, "Jane Long", password, "EDITOR")).hasStatus(HttpStatus.FOUND);

			assertThat(this.mvc.perform(SignedIn.signInForm(username, password, new MockHttpSession())))
				.as(password)
				.hasRedirectedUrl("/admin");
		}
	}

	@Test
	void aPasswordLongerThanBcryptCanHashIsRefusedBesideTheFieldNotCutShort() {
		String username = uniqueUsername();

		// 73 bytes: bcrypt would silently ignore the last one, and Spring Security refuses to hash it.
		MvcTestResult result = create(username, "Jane Long", "é".repeat(36) + "x", "EDITOR");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fieldError(createForm(Pages.parse(result)), "password"))
			.isEqualTo("The password can be at most 72 bytes: 72 plain letters or digits, fewer with accents or emoji.");
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void aPasswordResetLongerThanBcryptCanHashIsRefusedAndTheOldOneStillWorks() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		assertThat(resetPassword(editor, "x".repeat(73))).flash().containsEntry("problem", "account.password.tooLong.for");

		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession())))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void passwordsAreStoredOnlyAsSaltedBcryptHashesOfCostTenOrMore() {
		Editor one = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, "the same password");
		Editor other = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, "the same password");

		for (Editor editor : new Editor[] { one, other }) {
			assertThat(editor.getPasswordHash()).matches("\\{bcrypt}\\$2[aby]?\\$(1[0-9]|[2-3][0-9])\\$.{53}")
				.doesNotContain("the same password");
		}
		assertThat(one.getPasswordHash()).as("each hash has its own salt").isNotEqualTo(other.getPasswordHash());
	}

	@Test
	void anAdminLiftsTheDelaysOfAGuessedAccountAndTheAuditTrailSaysFromWhereAndByWhom() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		String guesser = SignedIn.someClientAddress();
		slowDown(editor, guesser);
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession(), guesser))
			.getResponse()
			.getRedirectedUrl()).startsWith(SignedIn.LOGIN_PAGE + "?error=wait");

		Element row = accountRow(editor);
		assertThat(row.text()).contains("Sign-ins slowed");
		Element lift = row.selectFirst("form[action=/admin/accounts/" + editor.getId() + "/sign-in-delays/lift] button");
		assertThat(lift).as("a button to lift them").isNotNull();
		assertThat(lift.text()).isEqualTo("Lift sign-in delays");

		MvcTestResult lifted = this.mvc.post()
			.uri("/admin/accounts/{id}/sign-in-delays/lift", editor.getId())
			.with(asAdmin())
			.with(csrf())
			.exchange();

		assertThat(lifted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(lifted).flash().containsEntry("done", "account.done.signInDelaysLifted");
		assertThat(accountRow(editor).text()).doesNotContain("Sign-ins slowed");
		assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), PASSWORD, new MockHttpSession(), guesser)))
			.as("at once, even from the guesser's address").hasRedirectedUrl("/admin");
		String adminName = this.accounts.findByUsername(DemoAccounts.ADMIN).orElseThrow().getDisplayName();
		assertThat(this.auditTrail.page(null)).extracting(AuditEvent::getAction, AuditEvent::getDetails,
				AuditEvent::getActor)
			.contains(tuple("account.SIGN_IN_SLOWED", editor.getUsername(), guesser),
					tuple("account.SIGN_IN_DELAYS_LIFTED", editor.getUsername(), adminName));
		Document audit = Pages.parse(this.mvc.get().uri("/admin/audit").with(asAdmin()).exchange());
		assertThat(audit.text()).contains("made too many wrong sign-ins", "lifted the sign-in delays of an account");
	}

	@Test
	void liftingWhenThereIsNothingToLiftSaysSoAndAuditsNothing() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);

		MvcTestResult lifted = this.mvc.post()
			.uri("/admin/accounts/{id}/sign-in-delays/lift", editor.getId())
			.with(asAdmin())
			.with(csrf())
			.exchange();

		assertThat(lifted).flash().containsEntry("done", "account.done.noSignInDelays");
		assertThat(this.auditTrail.page(null)).filteredOn((event) -> event.getDetails().equals(editor.getUsername()))
			.extracting(AuditEvent::getAction)
			.doesNotContain("account.SIGN_IN_DELAYS_LIFTED");
	}

	@Test
	void aPasswordResetLiftsTheSignInDelaysToo() {
		Editor editor = SignedIn.newAccount(this.accounts, EditorRole.EDITOR, PASSWORD);
		String guesser = SignedIn.someClientAddress();
		slowDown(editor, guesser);

		resetPassword(editor, "a brand new password");

		assertThat(this.mvc.perform(
				SignedIn.signInForm(editor.getUsername(), "a brand new password", new MockHttpSession(), guesser)))
			.hasRedirectedUrl("/admin");
		assertThat(this.auditTrail.page(null)).extracting(AuditEvent::getAction, AuditEvent::getDetails)
			.contains(tuple("account.PASSWORD_RESET", editor.getUsername()),
					tuple("account.SIGN_IN_DELAYS_LIFTED", editor.getUsername()));
	}

	/** Five wrong passwords from one address: that address now waits before trying again. */
	private void slowDown(Editor editor, String fromAddress) {
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(SignedIn.signInForm(editor.getUsername(), "wrong " + i, new MockHttpSession(),
					fromAddress))).hasRedirectedUrl(SignedIn.LOGIN_PAGE + "?error=badCredentials");
		}
	}

	private Element accountRow(Editor editor) {
		Document list = Pages.parse(this.mvc.get().uri("/admin/accounts").with(asAdmin()).exchange());
		Element row = list.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("td").text().equals(editor.getUsername()))
			.findFirst()
			.orElseThrow();
		return row;
	}

	private MvcTestResult create(String username, String displayName, String password, String role) {
		return this.mvc.post()
			.uri("/admin/accounts")
			.with(asAdmin())
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("password", password)
			.param("role", role)
			.exchange();
	}

	private MvcTestResult setEnabled(Editor account, boolean enabled, RequestPostProcessor as) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}/enabled", account.getId())
			.with(as)
			.with(csrf())
			.param("enabled", Boolean.toString(enabled))
			.exchange();
	}

	private MvcTestResult resetPassword(Editor account, String password) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}/password", account.getId())
			.with(asAdmin())
			.with(csrf())
			.param("password", password)
			.exchange();
	}

	private RequestPostProcessor asAdmin() {
		return SignedIn.as(this.accounts, DemoAccounts.ADMIN);
	}

	private static String uniqueUsername() {
		return "t-" + UUID.randomUUID().toString().substring(0, 13);
	}

	private static Element createForm(Document page) {
		Element form = page.selectFirst("form[action=/admin/accounts]");
		assertThat(form).as("the account creation form").isNotNull();
		return form;
	}

	private static String fieldError(Element form, String field) {
		return BackOffice.fieldError(form, field);
	}

}
