package news.liveblog.question;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import news.liveblog.ApplicationTest;
import news.liveblog.BackOffice;
import news.liveblog.Newsroom;
import news.liveblog.Pages;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryStatus;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.Publication;
import news.liveblog.entry.QuotedQuestion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader asks from the live page, with or without JavaScript; an editor answers from the queue, and the
 * question reaches readers only inside the entry the editor publishes, labelled and printed as text. What
 * keeps abuse out refuses politely, in the blog's language, and loses nothing the reader wrote.
 */
@ApplicationTest
class ReaderQuestionsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A fresh client address per use: tests share one database, and so the rate limit's counts. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200_000));

	private static final String HOSTILE = "<script>alert('q')</script><img src=x onerror=alert(1)> Quand saura-t-on ?";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Newsroom newsroom;

	@Autowired
	private BackOffice backOffice;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReaderQuestions questions;

	@Test
	void aQuestionSentWithoutJavaScriptIsAnsweredAndReachesReadersOnlyInThePublishedEntry() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = formTokenOn(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult sent = send(blog, newAddress(), token, Map.of("text", HOSTILE, "askedBy", "Marie <b>Paris</b>"));

		assertThat(sent).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/live/" + blog.getSlug() + "#question-sent");
		assertThat(sent.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document feed = this.backOffice.publicFeed(blog);
		assertThat(feed.getElementById("question-sent").text())
			.isEqualTo("Thank you, your question has reached the newsroom.");
		assertThat(feed.text()).doesNotContain("Quand saura-t-on");

		Document queue = this.backOffice.page(queueOf(blog), this.backOffice.asEditor());
		Element question = queue.selectFirst("#question-queue .question-item");
		assertThat(question.selectFirst(".question-text").text()).isEqualTo(HOSTILE);
		assertThat(question.selectFirst(".question-asker").text()).isEqualTo("Marie <b>Paris</b>");
		assertThat(queue.select("#question-queue script, #question-queue img, #question-queue b")).isEmpty();
		assertThat(question.select("a.button")).as("no answer to open yet").isEmpty();

		String answerAction = question.selectFirst("form[action$=/answer]").attr("action");
		MvcTestResult answered = this.backOffice.post(answerAction, this.backOffice.asEditor(), Map.of());
		assertThat(answered).hasStatus(HttpStatus.SEE_OTHER);
		String editPage = answered.getResponse().getRedirectedUrl();
		long entryId = Long.parseLong(editPage.replaceAll(".*/entries/(\\d+)/edit", "$1"));
		Entry draft = this.newsroom.stored(blog, entryId);
		assertThat(draft.getStatus()).isEqualTo(EntryStatus.DRAFT);
		assertThat(draft.getQuestion().text()).isEqualTo(HOSTILE);
		assertThat(draft.getQuestion().askedBy()).isEqualTo("Marie <b>Paris</b>");
		assertThat(this.backOffice.publicFeed(blog).text()).doesNotContain("Quand saura-t-on");
		assertThat(api(blog)).doesNotContain("Quand saura-t-on");

		Document composer = this.backOffice.follow(answered, this.backOffice.asEditor());
		Element quote = composer.selectFirst(".question-quote-field");
		assertThat(quote.selectFirst("legend").text()).isEqualTo("Your questions");
		assertThat(quote.selectFirst(".question-quote").text()).isEqualTo(HOSTILE);
		Element form = quote.closest("form");
		Map<String, String> fields = Pages.formFields(form);
		fields.put("body", "Results are expected around 10 pm.");
		MvcTestResult published = this.backOffice.post(form.attr("action"), this.backOffice.asEditor(),
				withAction(fields, "publish"));
		assertThat(published).hasStatus(HttpStatus.FOUND);

		Element entry = this.backOffice.publicFeed(blog).getElementById("entry-" + entryId);
		assertThat(entry.selectFirst(".entry-question-label").text()).isEqualTo("Your questions");
		assertThat(entry.selectFirst(".entry-question-text").text()).isEqualTo(HOSTILE);
		assertThat(entry.selectFirst(".entry-question-asker").text()).isEqualTo("asked by Marie <b>Paris</b>");
		assertThat(entry.select("script, img, b")).isEmpty();
		JsonNode fromApi = JSON.readTree(api(blog)).get("entries").get(0);
		assertThat(fromApi.get("question").get("text").asString()).isEqualTo(HOSTILE);
		assertThat(fromApi.get("question").get("askedBy").asString()).isEqualTo("Marie <b>Paris</b>");
		MvcTestResult atom = this.mvc.get().uri("/live/" + blog.getSlug() + "/feed.atom").exchange();
		assertThat(new String(atom.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.as("quoted, escaped, before the answer")
			.containsSubsequence("&lt;blockquote&gt;", "&lt;p&gt;&amp;lt;script&amp;gt;", "&lt;/blockquote&gt;",
					"Results are expected around 10 pm.")
			.contains("— Marie &amp;lt;b&amp;gt;Paris&amp;lt;/b&amp;gt;");
		Element structured = this.backOffice.publicFeed(blog).selectFirst("script[type=application/ld+json]");
		assertThat(JSON.readTree(structured.data()).get("liveBlogUpdate").get(0).get("articleBody").asString())
			.isEqualTo("“" + HOSTILE + "” — Marie <b>Paris</b>\n\nResults are expected around 10 pm.");
		Element decided = this.backOffice.page(queueOf(blog), this.backOffice.asEditor()).selectFirst(".question-item");
		assertThat(decided.selectFirst(".status-label").text()).isEqualTo("Answered");
		assertThat(decided.selectFirst("a.button").attr("href")).isEqualTo(editPage);
		assertThat(decided.select("form")).as("decided: no more actions").isEmpty();
	}

	@Test
	void aFrenchBlogLabelsTheAnswerAndQuotesAReaderWhoGaveNoName() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		long entryId = answered(blog, "À quelle heure les résultats ?", null);
		Entry draft = this.newsroom.stored(blog, entryId);
		this.newsroom.entries().rewrite(blog.getId(), entryId, draft.getVersion(),
				new EntryText(null, "Vers 22 heures.", false, null, null, List.of(), null, draft.getQuestion()),
				Publication.now(), null,
				Newsroom.DESK);

		Element entry = this.backOffice.publicFeed(blog).getElementById("entry-" + entryId);
		assertThat(entry.selectFirst(".entry-question-label").text()).isEqualTo("Vos questions");
		assertThat(entry.selectFirst(".entry-question-asker").text()).isEqualTo("question posée par un lecteur");
		Document permalink = this.backOffice.page("/live/" + blog.getSlug() + "/entries/" + entryId, null);
		assertThat(permalink.selectFirst(".entry-question-text").text()).isEqualTo("À quelle heure les résultats ?");
	}

	@Test
	void theComposerPreviewsTheQuoteAndMayRemoveItButNotEditIt() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		long entryId = answered(blog, "Is the count <em>final</em>?", "Ann");
		Element form = this.backOffice.editPage(blog, entryId, this.backOffice.asEditor())
			.selectFirst(".question-quote-field").closest("form");
		Map<String, String> fields = Pages.formFields(form);
		fields.put("body", "Not yet.");

		Document preview = Pages.parse(this.backOffice.post(form.attr("action"), this.backOffice.asEditor(),
				withAction(fields, "preview")));
		assertThat(preview.selectFirst(".preview .entry-question-text").text()).isEqualTo("Is the count <em>final</em>?");
		assertThat(preview.select(".preview em")).isEmpty();

		fields.put("removeQuestion", "true");
		this.backOffice.post(form.attr("action"), this.backOffice.asEditor(), withAction(fields, "draft"));
		assertThat(this.newsroom.stored(blog, entryId).getQuestion()).isNull();
		assertThat(this.backOffice.editPage(blog, entryId, this.backOffice.asEditor()).select(".question-quote-field"))
			.isEmpty();
	}

	@Test
	void noOneInTheBackOfficeCanMakeUpAReadersQuestion() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		MvcTestResult made = this.backOffice.newEntry(blog)
			.as(this.backOffice.as(DemoAccounts.REPORTER))
			.body("Le ministre répond.")
			.field("question.text", "Le ministre démissionne-t-il ?")
			.field("question.askedBy", "Le Ministre")
			.send("draft");
		assertThat(made.getResponse().getStatus()).isLessThan(400);
		Entry draft = this.newsroom.entries().backOfficeList(blog.getId()).stream()
			.filter((entry) -> "Le ministre répond.".equals(entry.getBodySource()))
			.findFirst()
			.orElseThrow();
		assertThat(draft.getQuestion()).isNull();

		long answer = answered(blog, "Où voter ?", "Ann");
		this.backOffice.correction(blog, answer)
			.body("À la mairie.")
			.field("version", String.valueOf(this.newsroom.stored(blog, answer).getVersion()))
			.field("question.text", "Pourquoi le ministre ment-il ?")
			.field("question.askedBy", "Le Ministre")
			.send("publish");
		Entry published = this.newsroom.stored(blog, answer);
		assertThat(published.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(published.getQuestion().text()).isEqualTo("Où voter ?");
		assertThat(published.getQuestion().askedBy()).isEqualTo("Ann");
		assertThat(this.backOffice.editPage(blog, answer, this.backOffice.asEditor()).select("input[name^=question]"))
			.as("the form carries only removeQuestion").isEmpty();
	}

	@Test
	void aQuoteRemovedFromAPublishedAnswerLeavesNoTraceInItsPublicHistory() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		long entryId = answered(blog, "Will my street be closed?", "Jo Smith");
		publish(blog, entryId, "Yes, until noon.");
		publish(blog, entryId, "Yes, until noon on Sunday.");

		Map<String, String> removed = Pages.formFields(this.backOffice.editPage(blog, entryId, this.backOffice.asEditor())
			.selectFirst(".question-quote-field").closest("form"));
		removed.put("removeQuestion", "true");
		this.backOffice.post("/admin/live/" + blog.getSlug() + "/entries/" + entryId, this.backOffice.asEditor(),
				withAction(removed, "publish"));

		assertThat(this.newsroom.stored(blog, entryId).getQuestion()).isNull();
		Document history = this.backOffice.page("/live/" + blog.getSlug() + "/entries/" + entryId + "/revisions", null);
		assertThat(history.text()).contains("Yes, until noon.").doesNotContain("street").doesNotContain("Jo Smith");
		assertThat(this.jdbc.sql("""
				select count(*) from (select question_text, question_asked_by from entry_revision where entry_id = :id
				union all select question_text, question_asked_by from entry_version where entry_id = :id) kept
				where question_text is not null or question_asked_by is not null
				""").param("id", entryId).query(Long.class).single()).isZero();
	}

	private void publish(LiveBlog blog, long entryId, String body) {
		Map<String, String> fields = Pages.formFields(this.backOffice.editPage(blog, entryId, this.backOffice.asEditor())
			.selectFirst(".question-quote-field").closest("form"));
		fields.put("body", body);
		assertThat(this.backOffice.post("/admin/live/" + blog.getSlug() + "/entries/" + entryId,
				this.backOffice.asEditor(), withAction(fields, "publish"))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void anAnswersDraftDeletedPutsItsQuestionBackInTheQueue() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		long entryId = answered(blog, "Is the bridge open?", "Kim");
		this.newsroom.entries().deleteDraft(blog.getId(), entryId, Newsroom.DESK);

		Element question = this.backOffice.page(queueOf(blog), this.backOffice.asEditor()).selectFirst(".question-item");
		assertThat(question.selectFirst(".question-text").text()).isEqualTo("Is the bridge open?");
		assertThat(question.select("form[action$=/answer]")).as("new again: it can be answered").hasSize(1);
	}

	@Test
	void fromAScriptTheAnswerIsJsonInTheBlogsLanguage() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult taken = sendFromScript(blog, newAddress(), token, Map.of("text", "Combien de bureaux de vote ?"));
		assertThat(taken).hasStatus(HttpStatus.ACCEPTED);
		assertThat(message(taken)).isEqualTo("Merci, votre question est bien parvenue à la rédaction.");

		MvcTestResult empty = sendFromScript(blog, newAddress(), token, Map.of("text", "  "));
		assertThat(empty).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(message(empty)).isEqualTo("Écrivez votre question avant de l’envoyer.");
		assertThat(JSON.readTree(empty.getResponse().getContentAsByteArray()).get("field").asString()).isEqualTo("text");
	}

	@Test
	void anEmptyOrTooLongQuestionComesBackWithWhatTheReaderWroteAndWhy() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = formTokenOn(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		String tooLong = "Why? ".repeat(101);

		MvcTestResult refused = send(blog, newAddress(), token, Map.of("text", tooLong, "askedBy", "Sam"));

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(refused);
		assertThat(page.selectFirst("textarea[name=text]").wholeText()).isEqualTo(tooLong);
		assertThat(page.selectFirst("input[name=askedBy]").val()).isEqualTo("Sam");
		assertThat(page.selectFirst("textarea[name=text]").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst(".reader-question-problem").text())
			.isEqualTo("Your question is longer than 500 characters. Please shorten it; nothing was sent.");

		MvcTestResult empty = send(blog, newAddress(), token, Map.of("text", "", "askedBy", "Sam"));
		assertThat(empty).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(empty).selectFirst(".reader-question-problem").text())
			.isEqualTo("Please write your question before sending it.");
		assertThat(questionsOf(blog)).isZero();
	}

	@Test
	void aPseudonymOnSeveralLinesIsKeptOnOneAndTheLimitsCountWhatIsStored() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		String twoLines = "A".repeat(30) + "\r\n" + "B".repeat(29);

		MvcTestResult taken = sendFromScript(blog, newAddress(), token,
				Map.of("text", "Line one\r\nline two?", "askedBy", twoLines));
		assertThat(taken).hasStatus(HttpStatus.ACCEPTED);
		MvcTestResult tooLong = sendFromScript(blog, newAddress(), token,
				Map.of("text", "Another?", "askedBy", "C".repeat(30) + "\r\n\t" + "D".repeat(30)));
		assertThat(tooLong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(JSON.readTree(tooLong.getResponse().getContentAsByteArray()).get("field").asString())
			.isEqualTo("askedBy");

		Map<String, Object> stored = this.jdbc.sql("select question_text, asked_by from reader_question where live_blog_id = ?")
			.param(blog.getId()).query().singleRow();
		assertThat(stored.get("asked_by")).isEqualTo("A".repeat(30) + " " + "B".repeat(29));
		assertThat(stored.get("question_text")).isEqualTo("Line one\nline two?");
	}

	@Test
	void anEmojiCountsAsOneCharacterAsTheFormsCounterAndTheDatabaseCountIt() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		// 300 characters a reader sees, 600 of Java's (and JavaScript's) UTF-16 halves.
		String cheers = "\uD83C\uDDFA\uD83C\uDDE6".repeat(150);
		String name = "\uD83D\uDC99".repeat(60);

		MvcTestResult taken = sendFromScript(blog, newAddress(), token, Map.of("text", cheers, "askedBy", name));

		assertThat(taken).hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.jdbc.sql("select question_text from reader_question where live_blog_id = ?")
			.param(blog.getId()).query(String.class).single()).isEqualTo(cheers);
		MvcTestResult over = sendFromScript(blog, newAddress(), token,
				Map.of("text", "\uD83D\uDC99".repeat(QuotedQuestion.TEXT_MAX + 1)));
		assertThat(over).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void anAccentPastedApartFromItsLetterCountsAsOneCharacterAndIsStoredComposed() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		// 400 characters a reader sees, 800 code points: each "é" an "e" and a combining acute accent.
		String decomposed = "e\u0301".repeat(400);

		MvcTestResult taken = sendFromScript(blog, newAddress(), token, Map.of("text", decomposed));

		assertThat(taken).hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.jdbc.sql("select question_text from reader_question where live_blog_id = ?")
			.param(blog.getId()).query(String.class).single()).isEqualTo("\u00E9".repeat(400));
	}

	@Test
	void aQuestionOrANameOfInvisibleCharactersAloneIsAsEmptyAsABlankOne() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		// Zero-width spaces, a word joiner, a byte-order mark, a soft hyphen, a no-break space, a variation selector.
		List<String> showingNothing = List.of("\u200B\u200B", " \u2060 \uFEFF ", "\u00AD\u00A0\u200D\uFE0F");

		for (String nothing : showingNothing) {
			MvcTestResult fromScript = sendFromScript(blog, newAddress(), token, Map.of("text", nothing));
			assertThat(fromScript).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			assertThat(message(fromScript)).isEqualTo("Écrivez votre question avant de l’envoyer.");
			assertThat(JSON.readTree(fromScript.getResponse().getContentAsByteArray()).get("field").asString())
				.isEqualTo("text");
			MvcTestResult fromForm = send(blog, newAddress(), token, Map.of("text", nothing, "askedBy", "Sam"));
			assertThat(fromForm).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			assertThat(Pages.parse(fromForm).selectFirst(".reader-question-problem").text())
				.isEqualTo("Écrivez votre question avant de l’envoyer.");
		}
		assertThat(questionsOf(blog)).isZero();

		MvcTestResult taken = sendFromScript(blog, newAddress(), token,
				Map.of("text", "Qui parle ensuite ?", "askedBy", showingNothing.get(1)));
		assertThat(taken).hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.jdbc.sql("select asked_by from reader_question where live_blog_id = ?")
			.param(blog.getId()).query().singleRow().get("asked_by")).as("no name, as a blank one").isNull();
	}

	@Test
	void aQuestionWithANulPastedInIsRefusedInWordsAReaderUnderstands() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult refused = sendFromScript(blog, newAddress(), token, Map.of("text", "When\u0000 is the vote?"));

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(message(refused)).startsWith("Your question holds an invisible character").doesNotContain("NUL");
		assertThat(questionsOf(blog)).isZero();
	}

	@Test
	void theEmbedCarriesTheFormAndWithoutJavaScriptItSendsBackIntoTheFrame() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		Document embed = this.backOffice.page("/live/" + blog.getSlug() + "/embed", null);
		Element form = embed.selectFirst("form.reader-question-form");
		assertThat(form.attr("target")).as("not the embed's <base target=_blank>").isEqualTo("_self");
		assertThat(form.selectFirst("input[name=from]").val()).isEqualTo("embed");
		assertThat(this.backOffice.publicFeed(blog).select("form.reader-question-form input[name=from]"))
			.as("the live page's own form").isEmpty();
		String token = form.selectFirst("input[name=token]").val();
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult sent = send(blog, newAddress(), token, Map.of("text", "From a partner's page?", "from", "embed"));
		assertThat(sent).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/live/" + blog.getSlug() + "/embed#question-sent");

		MvcTestResult refused = send(blog, newAddress(), token, Map.of("text", "", "from", "embed"));
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		Document again = Pages.parse(refused);
		assertThat(again.selectFirst("form.reader-question-form input[name=from]").val()).isEqualTo("embed");
		assertThat(again.selectFirst(".question-page-back").attr("href")).isEqualTo("/live/" + blog.getSlug() + "/embed");

		MvcTestResult elsewhere = send(blog, newAddress(), token,
				Map.of("text", "And from elsewhere?", "from", "https://elsewhere.example/"));
		assertThat(elsewhere.getResponse().getRedirectedUrl()).isEqualTo("/live/" + blog.getSlug() + "#question-sent");
	}

	@Test
	void aFilledHoneypotIsAnsweredAsTakenAndStoresNothing() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = formTokenOn(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult bot = send(blog, newAddress(), token,
				Map.of("text", "Buy cheap watches", QuestionController.HONEYPOT, "https://spam.example"));
		MvcTestResult botScript = sendFromScript(blog, newAddress(), token,
				Map.of("text", "Buy cheap watches", QuestionController.HONEYPOT, "https://spam.example"));

		assertThat(bot).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(bot.getResponse().getRedirectedUrl()).endsWith("#question-sent");
		assertThat(botScript).hasStatus(HttpStatus.ACCEPTED);
		assertThat(questionsOf(blog)).isZero();
	}

	@Test
	void aFormSentFasterThanAPersonCouldFillItIsRefusedAndSoIsAForgedToken() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);

		MvcTestResult tooFast = sendFromScript(blog, newAddress(), token, Map.of("text", "Instant question"));
		assertThat(tooFast).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(message(tooFast)).isEqualTo("That was very quick. Please check your question and send it again.");
		// A reader who pasted their question is most likely a person: the page's script sends it again by itself.
		assertThat(tooFast.getResponse().getHeader("Retry-After")).isEqualTo("3");
		assertThat(JSON.readTree(tooFast.getResponse().getContentAsByteArray()).get("retry").asString()).isEqualTo("wait");

		long anHourAgo = System.currentTimeMillis() - 3_600_000;
		MvcTestResult forged = sendFromScript(blog, newAddress(), anHourAgo + "." + token.substring(token.indexOf('.') + 1),
				Map.of("text", "Forged question"));
		assertThat(forged).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(JSON.readTree(forged.getResponse().getContentAsByteArray()).has("retry")).as("no second try").isFalse();
		MvcTestResult none = sendFromScript(blog, newAddress(), null, Map.of("text", "No token"));
		assertThat(none).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		this.newsroom.clock().advance(Duration.ofSeconds(5));
		assertThat(sendFromScript(blog, newAddress(), token, Map.of("text", "Instant question"))).hasStatus(HttpStatus.ACCEPTED);
		assertThat(questionsOf(blog)).isEqualTo(1);
	}

	@Test
	void aFormOpenForHoursIsGivenAgainFreshWithWhatTheReaderWrote() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		String token = formTokenOn(blog);
		this.newsroom.clock().advance(Duration.ofHours(7));

		MvcTestResult refused = send(blog, newAddress(), token, Map.of("text", "Toujours là ?", "askedBy", "Léa"));
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(refused);
		assertThat(page.selectFirst(".reader-question-problem").text())
			.isEqualTo("Ce formulaire était ouvert depuis longtemps. Merci d’envoyer à nouveau votre question : elle est toujours là.");
		assertThat(page.selectFirst("textarea[name=text]").wholeText()).isEqualTo("Toujours là ?");
		assertThat(page.selectFirst("input[name=askedBy]").val()).isEqualTo("Léa");
		String fresh = page.selectFirst("input[name=token]").val();
		assertThat(fresh).isNotEqualTo(token);

		MvcTestResult fromScript = sendFromScript(blog, newAddress(), token, Map.of("text", "Toujours là ?"));
		assertThat(fromScript).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(JSON.readTree(fromScript.getResponse().getContentAsByteArray()).get("retry").asString())
			.isEqualTo("fresh-token");
		assertThat(fromScript.getResponse().getHeader("Retry-After")).isEqualTo("3");
		assertThat(questionsOf(blog)).isZero();

		this.newsroom.clock().advance(Duration.ofSeconds(5));
		assertThat(send(blog, newAddress(), fresh, Map.of("text", "Toujours là ?"))).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(questionsOf(blog)).isEqualTo(1);
	}

	@Test
	void theSameQuestionAskedAgainIsFoldedIntoOneWithItsCountRaised() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		sendFromScript(blog, newAddress(), token, Map.of("text", "Quand les résultats seront-ils connus ?"));
		sendFromScript(blog, newAddress(), token, Map.of("text", "quand les RESULTATS   seront ils connus"));
		sendFromScript(blog, newAddress(), token, Map.of("text", "Où voter ?"));

		assertThat(questionsOf(blog)).isEqualTo(2);
		Document queue = this.backOffice.page(queueOf(blog), this.backOffice.asEditor());
		Element folded = queue.select(".question-item").stream()
			.filter((item) -> item.text().contains("Quand les résultats"))
			.findFirst()
			.orElseThrow();
		assertThat(folded.selectFirst(".question-times").text()).isEqualTo("asked 2 times");
		assertThat(this.backOffice.page("/admin/live/" + blog.getSlug(), this.backOffice.asEditor())
			.selectFirst(".question-queue-link").text()).isEqualTo("Readers’ questions (2 new)");
	}

	@Test
	void oneAddressMaySendOnlySoManyQuestionsAndIsToldHowLongToWait() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		String address = newAddress();
		for (int i = 1; i <= 5; i++) {
			assertThat(sendFromScript(blog, address, token, Map.of("text", "Question number " + i)))
				.hasStatus(HttpStatus.ACCEPTED);
		}

		MvcTestResult sixth = sendFromScript(blog, address, token, Map.of("text", "Question number 6"));
		assertThat(sixth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(sixth.getResponse().getHeader("Retry-After"))).isBetween(1L, 600L);
		assertThat(message(sixth)).startsWith("You have sent several questions already.");
		MvcTestResult sixthWithoutScript = send(blog, address, token, Map.of("text", "Question number 6"));
		assertThat(sixthWithoutScript).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Pages.parse(sixthWithoutScript).selectFirst("textarea[name=text]").wholeText())
			.isEqualTo("Question number 6");
		assertThat(sendFromScript(blog, newAddress(), token, Map.of("text", "From someone else")))
			.hasStatus(HttpStatus.ACCEPTED);

		// No address is kept: only a keyed hash, and only for the window.
		assertThat(this.jdbc.sql("select count(*) from rate_limit_count where client = ?")
			.param(address).query(Long.class).single()).isZero();
		this.newsroom.clock().advance(Duration.ofMinutes(11));
		assertThat(sendFromScript(blog, address, token, Map.of("text", "After the window"))).hasStatus(HttpStatus.ACCEPTED);
	}

	@Test
	void aBlogTakesOnlySoManyQuestionsAtOnceFromEveryone() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		for (int i = 1; i <= 60; i++) {
			assertThat(sendFromScript(blog, newAddress(), token, Map.of("text", "Flood " + i))).hasStatus(HttpStatus.ACCEPTED);
		}

		MvcTestResult more = sendFromScript(blog, newAddress(), token, Map.of("text", "One more"));

		assertThat(more).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(more.getResponse().getHeader("Retry-After")).isNotNull();
		assertThat(message(more)).isEqualTo("Many readers are asking questions right now. Please try again in a minute.");
		LiveBlog another = blogTakingQuestions(Locale.ENGLISH);
		String anotherToken = freshToken(another);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		assertThat(sendFromScript(another, newAddress(), anotherToken, Map.of("text", "Elsewhere")))
			.hasStatus(HttpStatus.ACCEPTED);
	}

	@Test
	void aBlogNotTakingQuestionsShowsNoFormAndRefusesThem() {
		LiveBlog blog = this.newsroom.openPublicBlog();
		assertThat(this.backOffice.publicFeed(blog).select(".reader-question-form")).isEmpty();

		MvcTestResult refused = sendFromScript(blog, newAddress(), null, Map.of("text", "Anyone there?"));

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(message(refused)).isEqualTo("Sorry, this live blog is not taking questions at the moment.");
		assertThat(this.mvc.get().uri("/live/" + blog.getSlug() + "/questions/form-token").exchange())
			.hasStatus(HttpStatus.CONFLICT);

		LiveBlog open = blogTakingQuestions(Locale.ENGLISH);
		this.backOffice.post(queueOf(open) + "/open", this.backOffice.asEditor(), Map.of("open", "false"));
		assertThat(this.backOffice.publicFeed(open).select(".reader-question-form")).isEmpty();
		this.backOffice.post(queueOf(open) + "/open", this.backOffice.asEditor(), Map.of("open", "true"));
		assertThat(this.backOffice.publicFeed(open).select(".reader-question-form")).hasSize(1);
	}

	@Test
	void aQuestionSentFromAnotherSiteIsRefusedBeforeAnythingIsCounted() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));

		MvcTestResult crossSite = this.mvc.post().uri("/live/" + blog.getSlug() + "/questions")
			.header("Sec-Fetch-Site", "cross-site").accept(MediaType.APPLICATION_JSON)
			.param("token", token).param("text", "Forged from elsewhere").exchange();

		assertThat(crossSite).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(questionsOf(blog)).isZero();
	}

	@Test
	void anEndedBlogShowsNoFormEvenIfItTookQuestions() {
		LiveBlog blog = this.newsroom.openBlog(LiveBlogStatus.ENDED);
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		this.newsroom.withdrawnLater(blog);
		assertThat(this.backOffice.publicFeed(blog).select(".reader-question-form")).isEmpty();
	}

	@Test
	void whenTwoEditorsDecideOnOneQuestionTheSecondIsToldAndNothingChanges() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		sendFromScript(blog, newAddress(), token, Map.of("text", "Is this spam?"));
		long id = this.jdbc.sql("select id from reader_question where live_blog_id = ?").param(blog.getId())
			.query(Long.class).single();

		MvcTestResult first = this.backOffice.post(queueOf(blog) + "/" + id + "/spam", this.backOffice.asEditor(), Map.of());
		MvcTestResult second = this.backOffice.post(queueOf(blog) + "/" + id + "/answer", this.backOffice.asAdmin(), Map.of());

		assertThat(this.backOffice.follow(first, this.backOffice.asEditor()).selectFirst(".flash-done").text())
			.isEqualTo("The question was marked as spam.");
		assertThat(second).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(second.getResponse().getRedirectedUrl()).endsWith("/questions");
		assertThat(this.backOffice.follow(second, this.backOffice.asAdmin()).selectFirst(".flash-problem").text())
			.isEqualTo("Another editor has already dealt with this question: nothing was changed.");
		assertThat(this.jdbc.sql("select status from reader_question where id = ?").param(id).query(String.class).single())
			.isEqualTo("SPAM");
		assertThat(this.newsroom.storedEntries(blog)).isEmpty();
	}

	@Test
	void contributorsReachNoQueue() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		assertThat(this.backOffice.get(queueOf(blog), this.backOffice.as(DemoAccounts.REPORTER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.backOffice.post(queueOf(blog) + "/open", this.backOffice.as(DemoAccounts.REPORTER),
				Map.of("open", "false"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.newsroom.stored(blog).takesQuestions()).isTrue();
	}

	@Test
	void decidedQuestionsAreDeletedAfterThirtyDaysAndUndecidedOnesAfterSeven() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		sendFromScript(blog, newAddress(), token, Map.of("text", "Dismiss me"));
		sendFromScript(blog, newAddress(), token, Map.of("text", "Nobody decides on me"));
		long dismissed = this.jdbc.sql("select id from reader_question where live_blog_id = ? and question_text = 'Dismiss me'")
			.param(blog.getId()).query(Long.class).single();
		this.backOffice.post(queueOf(blog) + "/" + dismissed + "/dismiss", this.backOffice.asEditor(), Map.of());

		this.newsroom.clock().advance(Duration.ofDays(6));
		this.questions.forgetOldQuestions();
		assertThat(textsOf(blog)).containsExactlyInAnyOrder("Dismiss me", "Nobody decides on me");

		this.newsroom.clock().advance(Duration.ofDays(2));
		String later = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		sendFromScript(blog, newAddress(), later, Map.of("text", "Asked a week later"));
		this.questions.forgetOldQuestions();
		assertThat(textsOf(blog)).containsExactlyInAnyOrder("Dismiss me", "Asked a week later");

		this.newsroom.clock().advance(Duration.ofDays(23));
		this.questions.forgetOldQuestions();
		assertThat(textsOf(blog)).isEmpty();
	}

	@Test
	void theQueueShowsFiftyNewQuestionsAtATimeAndDismissesThoseShownAtOnce() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		java.time.Instant now = this.newsroom.clock().instant();
		for (int i = 1; i <= 52; i++) {
			this.jdbc.sql("""
					insert into reader_question (live_blog_id, question_text, fingerprint, asked_at, last_asked_at)
					values (:blog, :text, :text, :at, :at)
					""").param("blog", blog.getId()).param("text", "Question " + i)
				.param("at", java.sql.Timestamp.from(now.minusSeconds(60 - i))).update();
		}

		Document first = this.backOffice.page(queueOf(blog), this.backOffice.asEditor());
		assertThat(first.select(".question-item")).hasSize(50);
		assertThat(first.selectFirst(".question-item .question-text").text()).isEqualTo("Question 52");
		Element older = first.selectFirst(".question-queue-pages a[href*=older=50]");
		Document second = this.backOffice.page(older.attr("href"), this.backOffice.asEditor());
		assertThat(second.select(".question-item .question-text").eachText()).containsExactly("Question 2", "Question 1");

		Element dismissAll = first.selectFirst("form.question-dismiss-shown");
		List<String> shown = dismissAll.select("input[name=id]").eachAttr("value");
		assertThat(shown).hasSize(50);
		assertThat(dismissAll.selectFirst("button").text()).isEqualTo("Dismiss the 50 new questions shown");
		this.backOffice.post(queueOf(blog) + "/" + shown.get(0) + "/spam", this.backOffice.asEditor(), Map.of());
		var request = this.mvc.post().uri(dismissAll.attr("action")).with(this.backOffice.asEditor())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		shown.forEach((id) -> request.param("id", id));
		MvcTestResult sent = request.exchange();
		assertThat(sent).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.backOffice.follow(sent, this.backOffice.asEditor()).selectFirst(".flash-problem").text())
			.isEqualTo("Another editor had already dealt with 1 of these questions: they keep that decision; the others were dismissed.");

		assertThat(this.jdbc.sql("select status, count(*) from reader_question where live_blog_id = ? group by status")
			.param(blog.getId()).query((row, n) -> row.getString(1) + "=" + row.getLong(2)).list())
			.containsExactlyInAnyOrder("NEW=2", "SPAM=1", "DISMISSED=49");
		Document left = this.backOffice.page(queueOf(blog), this.backOffice.asEditor());
		this.backOffice.post(queueOf(blog) + "/" + left.selectFirst("form.question-dismiss-shown input[name=id]").val()
				+ "/spam", this.backOffice.asEditor(), Map.of());
		assertThat(this.backOffice.page(queueOf(blog), this.backOffice.asEditor())
			.selectFirst("form.question-dismiss-shown button").text()).isEqualTo("Dismiss the new question shown");
	}

	private List<String> textsOf(LiveBlog blog) {
		return this.jdbc.sql("select question_text from reader_question where live_blog_id = ?")
			.param(blog.getId()).query(String.class).list();
	}

	// Helpers

	private LiveBlog blogTakingQuestions(Locale language) {
		LiveBlog blog = this.newsroom.withdrawnLater(this.newsroom.openBlog(LiveBlogStatus.LIVE, language,
				ZoneId.of("Europe/Paris")));
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		return this.newsroom.stored(blog);
	}

	/** The token in the live page's form, as a reader without JavaScript sends it. */
	private String formTokenOn(LiveBlog blog) {
		return this.backOffice.publicFeed(blog).selectFirst(".reader-question-form input[name=token]").val();
	}

	/** A token as the page's script fetches it. */
	private String freshToken(LiveBlog blog) {
		MvcTestResult answer = this.mvc.get().uri("/live/" + blog.getSlug() + "/questions/form-token")
			.accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		return JSON.readTree(answer.getResponse().getContentAsByteArray()).get("token").asString();
	}

	private long answered(LiveBlog blog, String text, String askedBy) {
		String token = freshToken(blog);
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		Map<String, String> fields = new HashMap<>(Map.of("text", text));
		if (askedBy != null) {
			fields.put("askedBy", askedBy);
		}
		assertThat(sendFromScript(blog, newAddress(), token, fields)).hasStatus(HttpStatus.ACCEPTED);
		long id = this.jdbc.sql("select id from reader_question where live_blog_id = ? and status = 'NEW'")
			.param(blog.getId()).query(Long.class).single();
		MvcTestResult answer = this.backOffice.post(queueOf(blog) + "/" + id + "/answer", this.backOffice.asEditor(),
				Map.of());
		return Long.parseLong(answer.getResponse().getRedirectedUrl().replaceAll(".*/entries/(\\d+)/edit", "$1"));
	}

	private MvcTestResult send(LiveBlog blog, String address, String token, Map<String, String> fields) {
		var request = this.mvc.post().uri("/live/" + blog.getSlug() + "/questions").with(from(address))
			.accept(MediaType.TEXT_HTML);
		if (token != null) {
			request.param("token", token);
		}
		fields.forEach(request::param);
		return request.exchange();
	}

	private MvcTestResult sendFromScript(LiveBlog blog, String address, String token, Map<String, String> fields) {
		var request = this.mvc.post().uri("/live/" + blog.getSlug() + "/questions").with(from(address))
			.accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.param("token", token);
		}
		fields.forEach(request::param);
		return request.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	private static String message(MvcTestResult result) {
		return JSON.readTree(result.getResponse().getContentAsByteArray()).get("message").asString();
	}

	private long questionsOf(LiveBlog blog) {
		return this.jdbc.sql("select count(*) from reader_question where live_blog_id = ?").param(blog.getId())
			.query(Long.class).single();
	}

	private String api(LiveBlog blog) {
		MvcTestResult answer = this.mvc.get().uri("/api/live/" + blog.getSlug() + "/entries").exchange();
		assertThat(answer).hasStatusOk();
		return new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String queueOf(LiveBlog blog) {
		return "/admin/live/" + blog.getSlug() + "/questions";
	}

	private static Map<String, String> withAction(Map<String, String> fields, String action) {
		Map<String, String> all = new HashMap<>(fields);
		all.put("action", action);
		return all;
	}

}
