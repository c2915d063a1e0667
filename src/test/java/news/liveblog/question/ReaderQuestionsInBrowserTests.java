package news.liveblog.question;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import news.liveblog.Newsroom;
import news.liveblog.RealBrowser;
import news.liveblog.ServerTest;
import news.liveblog.blog.LiveBlog;
import news.liveblog.blog.LiveBlogStatus;
import news.liveblog.dev.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;

import static news.liveblog.RealBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader asks from the live page in real Chromium, on a phone's width: the question is sent in place and
 * thanked for, and an editor's queue open meanwhile shows it without reloading. A refusal keeps the text.
 */
@ServerTest
class ReaderQuestionsInBrowserTests {

	@RegisterExtension
	final RealBrowser reader = new RealBrowser();

	@RegisterExtension
	final RealBrowser editor = new RealBrowser();

	@Autowired
	private Newsroom newsroom;

	@Test
	void aQuestionTypedOnAPhoneIsThankedInPlaceAndShowsUpInTheEditorsQueueLive() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		this.editor.signInAt("/admin/live/" + blog.getSlug() + "/questions", DemoAccounts.EDITOR);
		this.editor.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-desk-stream", "open"));
		this.reader.emulatePhone(2);
		this.reader.open("/live/" + blog.getSlug());

		this.reader.driver().findElement(By.cssSelector(".reader-question-heading")).click();
		WebElement text = this.reader.driver().findElement(By.name("text"));
		String pageToken = tokenOf(this.reader);
		this.reader.driver().findElement(By.name("askedBy")).sendKeys("Léa <i>");
		// Focusing the form fetched a fresh "shown at" token; a person then takes a while to type.
		this.reader.waiting().until((driver) -> !pageToken.equals(tokenOf(this.reader)));
		text.sendKeys("Will there be a second round? <script>alert(1)</script>");
		assertThat(this.reader.driver().findElement(By.cssSelector(".reader-question-count")).getText())
			.isEqualTo("55 of 500 characters");
		assertThat(this.reader.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		this.reader.screenshotOnThePhone("questions-form-en");
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		this.reader.driver().findElement(By.cssSelector(".reader-question-send")).click();

		this.reader.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector(".reader-question-status"),
					"Thank you, your question has reached the newsroom."));
		assertThat(text.getAttribute("value")).isEmpty();
		this.reader.screenshotOnThePhone("questions-sent-en");

		this.editor.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-queue"),
					"Will there be a second round? <script>alert(1)</script>"));
		assertThat(this.editor.driver().findElement(By.cssSelector("#question-queue .question-asker")).getText())
			.isEqualTo("Léa <i>");
		this.editor.emulatePhone(2);
		this.editor.driver().navigate().refresh();
		assertThat(this.editor.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		this.editor.screenshotOnThePhone("questions-queue-en");

		// Answered: a draft quoting the question, in the composer; published, it reaches the reader's open page.
		this.editor.driver().findElement(By.cssSelector("#question-queue form[action$='/answer'] button")).click();
		WebElement quote = this.editor.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".question-quote-field")));
		assertThat(quote.getText()).contains("Will there be a second round? <script>alert(1)</script>", "asked by Léa <i>");
		this.editor.screenshotOnThePhone("questions-answer-composer-en");
		this.editor.driver().findElement(By.id("body")).sendKeys("Yes: on 15 March, between the two leading candidates.");
		this.editor.driver().findElement(By.cssSelector("button[value=publish]")).click();
		this.editor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-done")));

		this.reader.waiting().until((driver) -> !driver.findElements(By.cssSelector(".entry-question")).isEmpty()
				|| driver.findElement(By.cssSelector(".new-updates")).isDisplayed());
		if (this.reader.driver().findElements(By.cssSelector(".entry-question")).isEmpty()) {
			this.reader.driver().findElement(By.cssSelector(".new-updates")).click();
		}
		WebElement answered = this.reader.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".entry .entry-question")));
		assertThat(answered.findElement(By.cssSelector(".entry-question-label")).getText()).isEqualToIgnoringCase("Your questions");
		assertThat(answered.findElement(By.cssSelector(".entry-question-text")).getText())
			.isEqualTo("Will there be a second round? <script>alert(1)</script>");
		this.reader.script("arguments[0].scrollIntoView()", answered);
		this.reader.screenshotOnThePhone("questions-answered-en");
	}

	@Test
	void aRefusedQuestionIsExplainedInTheBlogsLanguageAndKeepsItsText() {
		LiveBlog blog = blogTakingQuestions(Locale.FRENCH);
		this.reader.emulatePhone(2);
		this.reader.open("/live/" + blog.getSlug());
		WebElement heading = this.reader.driver().findElement(By.cssSelector(".reader-question-heading"));
		assertThat(heading.getText()).isEqualTo("Posez votre question à la rédaction");
		heading.click();
		WebElement text = this.reader.driver().findElement(By.name("text"));
		String pageToken = tokenOf(this.reader);
		text.click();
		this.reader.waiting().until((driver) -> !pageToken.equals(tokenOf(this.reader)));
		String tooLong = "Pourquoi ? ".repeat(50);
		this.reader.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", text,
				tooLong);
		assertThat(this.reader.driver().findElement(By.cssSelector(".reader-question-count")).getText())
			.isEqualTo("50 caractères de trop : merci de raccourcir votre question.");
		this.newsroom.clock().advance(Duration.ofSeconds(5));
		this.reader.driver().findElement(By.cssSelector(".reader-question-send")).click();

		this.reader.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector(".reader-question-status"),
					"Votre question dépasse 500 caractères. Merci de la raccourcir ; rien n’a été envoyé."));
		assertThat(text.getAttribute("value")).isEqualTo(tooLong);
		assertThat(text.getAttribute("aria-invalid")).isEqualTo("true");
		// Emoji are counted one each, as the server and the database count them: 300 fit.
		this.reader.script("arguments[0].value = '\uD83C\uDDFA\uD83C\uDDE6'.repeat(150);"
				+ "arguments[0].dispatchEvent(new Event('input'))", text);
		assertThat(this.reader.driver().findElement(By.cssSelector(".reader-question-count")).getText())
			.isEqualTo("300 caractères sur 500");
		assertThat(this.reader.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		this.reader.screenshotOnThePhone("questions-refused-fr");

		this.editor.signInAt("/admin/live/" + blog.getSlug() + "/questions", DemoAccounts.EDITOR);
		this.editor.emulatePhone(2);
		this.editor.screenshotOnThePhone("questions-queue-empty");
	}

	@Test
	void aQuestionPastedAndSentAtOnceIsSentAfterTheMomentAPersonTakesNotRefused() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		this.reader.open("/live/" + blog.getSlug());
		this.reader.driver().findElement(By.cssSelector(".reader-question-heading")).click();
		WebElement text = this.reader.driver().findElement(By.name("text"));
		String pageToken = tokenOf(this.reader);
		text.click();
		this.reader.waiting().until((driver) -> !pageToken.equals(tokenOf(this.reader)));

		// Pasted, and sent the same second the fresh form was given.
		this.reader.script("arguments[0].value = 'Is the summit over already?';"
				+ "arguments[0].dispatchEvent(new Event('input'))", text);
		this.reader.driver().findElement(By.cssSelector(".reader-question-send")).click();

		this.reader.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector(".reader-question-status"),
					"Thank you, your question has reached the newsroom."));
	}

	@Test
	void theFormGoesFromAnOpenPageWhenTheBlogEndsAndWhenItStopsTakingQuestions() {
		LiveBlog blog = blogTakingQuestions(Locale.ENGLISH);
		this.reader.open("/live/" + blog.getSlug());
		WebElement form = this.reader.driver().findElement(By.cssSelector(".reader-question"));
		assertThat(form.isDisplayed()).isTrue();

		this.newsroom.setStatus(blog, LiveBlogStatus.ENDED);

		this.reader.waiting().until(ExpectedConditions.invisibilityOf(form));
		this.newsroom.setStatus(blog, LiveBlogStatus.LIVE);
		this.reader.waiting().until(ExpectedConditions.visibilityOf(form));

		this.newsroom.liveBlogs().takeQuestions(blog.getId(), false, Newsroom.DESK);

		this.reader.waiting().until(ExpectedConditions.invisibilityOf(form));
	}

	private static String tokenOf(RealBrowser browser) {
		return (String) browser.script("return document.querySelector('.reader-question-form input[name=token]').value");
	}

	private LiveBlog blogTakingQuestions(Locale language) {
		LiveBlog blog = this.newsroom.withdrawnLater(
				this.newsroom.openBlog(LiveBlogStatus.LIVE, language, ZoneId.of("Europe/Paris")));
		this.newsroom.liveBlogs().takeQuestions(blog.getId(), true, Newsroom.DESK);
		return this.newsroom.stored(blog);
	}

}
