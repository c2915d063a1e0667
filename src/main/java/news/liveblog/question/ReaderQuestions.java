package news.liveblog.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import news.liveblog.account.Actor;
import news.liveblog.blog.LiveBlog;
import news.liveblog.entry.Entries;
import news.liveblog.entry.Entry;
import news.liveblog.entry.EntryChanged;
import news.liveblog.entry.EntryText;
import news.liveblog.entry.FieldRules;
import news.liveblog.entry.Publication;
import news.liveblog.entry.QuotedQuestion;
import news.liveblog.system.RateLimits;
import news.liveblog.system.SiteKey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' questions: taken from the live page's form (or refused, politely, for a reason the reader is
 * told), folded together when the same one is asked again, and decided on by editors: answered (a draft
 * entry quoting it, which the editor writes and publishes like any entry), dismissed or marked as spam.
 */
@Service
@EnableConfigurationProperties(QuestionSettings.class)
@Transactional(readOnly = true)
public class ReaderQuestions {

	/** The refusal of a form shown longer ago than {@code form-token-max-age}: sent again, it passes. */
	static final String FORM_TOO_OLD = "question.refused.formTooOld";

	/** Sent sooner than a person fills the form; with a time to wait when the token was a real one. */
	static final String TOO_FAST = "question.refused.tooFast";

	/** How far apart instances' clocks may be: a token "shown" further in the future is none of ours. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

	/** What a one-line pseudonym cannot hold: line breaks of any kind, tabs, NUL and the other controls. */
	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

	/**
	 * What a page prints as nothing: spaces of every kind, format characters (zero-width spaces and joiners,
	 * the word joiner, a byte-order mark, direction marks) and the other characters Unicode says to show
	 * nothing for (variation selectors, Hangul fillers). A text of these alone is as empty as a blank one:
	 * kept, it would reach the editors' queue as a question, or a caption as a name, that says nothing.
	 */
	private static final Pattern SHOWS_NOTHING = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\p{IsWhite_Space}\\p{Cf}"
			+ "\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u3164\\uFE00-\\uFE0F\\uFFA0\\x{E0100}-\\x{E01EF}]*");

	private final JdbcClient jdbc;

	private final SiteKey key;

	private final RateLimits limits;

	private final QuestionSettings settings;

	private final Entries entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReaderQuestions(JdbcClient jdbc, SiteKey key, RateLimits limits, QuestionSettings settings,
			Entries entries, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.limits = limits;
		this.settings = settings;
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	// Asking

	/** The form a live page prints, when the blog takes questions now (it does and is live). */
	public Optional<AskForm> formFor(LiveBlog blog) {
		if (!blog.isAskable()) {
			return Optional.empty();
		}
		String questions = "/live/" + blog.getSlug() + "/questions";
		return Optional.of(new AskForm(questions, questions + "/form-token", formToken(blog)));
	}

	/** The form's "shown at" time, now, signed for this blog: what the minimum time to fill is measured from. */
	String formToken(LiveBlog blog) {
		long shownAt = this.clock.millis();
		return shownAt + "." + this.key.sign(signed(blog.getId(), shownAt));
	}

	private static String signed(long liveBlogId, long shownAt) {
		return "question-form:" + liveBlogId + ":" + shownAt;
	}

	/**
	 * A reader's question, checked in the order a person would want to be told: the blog takes none, the
	 * text is empty or too long, the form was sent too fast, too many from this address or for the blog at
	 * once. A filled honeypot is answered as taken and stores nothing, so a bot learns nothing.
	 */
	@Transactional
	Asked ask(LiveBlog blog, String text, String askedBy, String token, String honeypot, String clientAddress) {
		if (!blog.isAskable()) {
			return new Asked.Refused("question.refused.closed", null, HttpStatus.CONFLICT.value());
		}
		if (honeypot != null && !honeypot.isEmpty()) {
			return new Asked.Taken();
		}
		// Measured as stored: the database's checks count the stored text, and a refusal beats a 500.
		String question = storedText(text);
		String pseudonym = storedPseudonym(askedBy);
		int unprocessable = HttpStatus.UNPROCESSABLE_CONTENT.value();
		if (question == null) {
			return new Asked.Refused("question.refused.empty", "text", unprocessable);
		}
		if (question.indexOf('\0') >= 0) {
			// Said as a reader understands it: nobody but a programmer knows what a NUL is.
			return new Asked.Refused("question.refused.invisible", "text", unprocessable);
		}
		if (FieldRules.length(question) > QuotedQuestion.TEXT_MAX) {
			return new Asked.Refused("question.refused.tooLong", "text", unprocessable);
		}
		if (pseudonym != null && FieldRules.length(pseudonym) > QuotedQuestion.ASKED_BY_MAX) {
			return new Asked.Refused("question.refused.askedByTooLong", "askedBy", unprocessable);
		}
		FormAge age = formAge(blog, token);
		if (age == FormAge.OPEN_TOO_LONG) {
			// The fresh form it is answered with must itself be filled the minimum time: the script waits that long.
			return new Asked.Refused(FORM_TOO_OLD, null, unprocessable, this.settings.minimumFillTime());
		}
		if (age == FormAge.TOO_FAST) {
			// Most likely a person who pasted their question: the script waits out the minimum and sends it again.
			return new Asked.Refused(TOO_FAST, null, unprocessable, this.settings.minimumFillTime());
		}
		if (age != FormAge.FILLED) {
			return new Asked.Refused(TOO_FAST, null, unprocessable);
		}
		int tooMany = HttpStatus.TOO_MANY_REQUESTS.value();
		String scope = "question:" + blog.getId();
		Optional<Duration> addressWaits = this.limits.countFromClient(scope, clientAddress, this.settings.perAddress(),
				this.settings.perAddressWindow());
		if (addressWaits.isPresent()) {
			return new Asked.Refused("question.refused.tooManyFromYou", null, tooMany, addressWaits.get());
		}
		Optional<Duration> blogWaits = this.limits.countFromEveryone(scope, this.settings.perBlog(),
				this.settings.perBlogWindow());
		if (blogWaits.isPresent()) {
			return new Asked.Refused("question.refused.tooManyAtOnce", null, tooMany, blogWaits.get());
		}
		store(blog.getId(), question, pseudonym);
		return new Asked.Taken();
	}

	/**
	 * The question as kept: line breaks as one LF each (a browser sends CR LF), trimmed; {@code null} if it
	 * shows nothing.
	 */
	static String storedText(String text) {
		return visibleOrNull((text == null) ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
	}

	/**
	 * The pseudonym as kept: one line (line breaks, tabs, NUL and other control characters folded into one
	 * space each run, as a name printed in a caption reads), trimmed; {@code null} if it shows nothing.
	 */
	static String storedPseudonym(String askedBy) {
		return visibleOrNull((askedBy == null) ? null : CONTROLS.matcher(askedBy).replaceAll(" "));
	}

	/** Composed (NFC), as it is counted: the database's checks count the stored characters. */
	private static String visibleOrNull(String text) {
		return (text == null || SHOWS_NOTHING.matcher(text).matches()) ? null
				: FieldRules.stripToNull(Normalizer.normalize(text, Normalizer.Form.NFC));
	}

	/**
	 * How long the form was shown before it was sent, by its signed token: too short for a person, too long
	 * (a page left open overnight, or a token kept by a script to send later), or filled. A token this blog's
	 * key did not sign is no form of ours.
	 */
	private FormAge formAge(LiveBlog blog, String token) {
		if (token == null) {
			return FormAge.NOT_OURS;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return FormAge.NOT_OURS;
		}
		long shownAt;
		try {
			shownAt = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return FormAge.NOT_OURS;
		}
		if (!this.key.signs(signed(blog.getId(), shownAt), token.substring(dot + 1))) {
			return FormAge.NOT_OURS;
		}
		long filling = this.clock.millis() - shownAt;
		// Made by another instance whose clock runs a little ahead: the time filling counts that much short
		// (refused as too fast only if the reader was as quick as the minimum). Further ahead than instances'
		// clocks drift, the time is not a time a form was shown at.
		if (filling < -CLOCK_SKEW.toMillis()) {
			return FormAge.NOT_OURS;
		}
		if (filling < this.settings.minimumFillTime().toMillis()) {
			return FormAge.TOO_FAST;
		}
		return (filling > this.settings.formTokenMaxAge().toMillis()) ? FormAge.OPEN_TOO_LONG : FormAge.FILLED;
	}

	private enum FormAge {

		NOT_OURS, TOO_FAST, OPEN_TOO_LONG, FILLED

	}

	/** The same question still new (by its fingerprint) is asked once more, not added again. */
	private void store(long liveBlogId, String text, String askedBy) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into reader_question (live_blog_id, question_text, asked_by, fingerprint, asked_at, last_asked_at)
				values (:blog, :text, :askedBy, :fingerprint, :now, :now)
				on conflict (live_blog_id, fingerprint) where status = 'NEW' do update set
				  times_asked = reader_question.times_asked + 1, last_asked_at = excluded.last_asked_at
				""")
			.param("blog", liveBlogId)
			.param("text", text)
			.param("askedBy", askedBy)
			.param("fingerprint", Fingerprint.of(text))
			.param("now", now)
			.update();
		this.events.publishEvent(new ReaderQuestionsChanged(liveBlogId));
	}

	// Moderating

	/** How many questions wait for an editor: what the back office's link to the queue says. */
	public long waiting(long liveBlogId) {
		return this.jdbc.sql("select count(*) from reader_question where live_blog_id = ? and status = 'NEW'")
			.param(liveBlogId)
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the queue: {@code shown} new questions at most, last asked first, skipping the
	 * {@code skipped} newer ones; on the first page, then the latest decided ones.
	 */
	QueuePage queue(LiveBlog blog, int shown, int skipped, int decidedShown) {
		List<QueuedQuestion> waiting = this.jdbc.sql("""
				select id, question_text, asked_by, times_asked, status, last_asked_at, answer_entry_id
				from reader_question where live_blog_id = ? and status = 'NEW' order by last_asked_at desc, id desc
				offset ? limit ?
				""").params(blog.getId(), skipped, shown + 1).query((row, n) -> queued(blog, row)).list();
		boolean older = waiting.size() > shown;
		List<QueuedQuestion> decided = (skipped > 0) ? List.of() : this.jdbc.sql("""
				select id, question_text, asked_by, times_asked, status, last_asked_at, answer_entry_id
				from reader_question where live_blog_id = ? and status <> 'NEW' order by decided_at desc, id desc limit ?
				""").params(blog.getId(), decidedShown).query((row, n) -> queued(blog, row)).list();
		List<QueuedQuestion> newShown = older ? waiting.subList(0, shown) : waiting;
		return new QueuePage(Stream.concat(newShown.stream(), decided.stream()).toList(), older);
	}

	/** @param older whether new questions older than these wait too (the queue's "older" link) */
	record QueuePage(List<QueuedQuestion> questions, boolean older) {
	}

	private static QueuedQuestion queued(LiveBlog blog, ResultSet row) throws SQLException {
		Instant asked = row.getTimestamp("last_asked_at").toInstant();
		Long answer = row.getObject("answer_entry_id", Long.class);
		return new QueuedQuestion(row.getLong("id"), row.getString("question_text"), row.getString("asked_by"),
				row.getInt("times_asked"), row.getString("status"), blog.printIso(asked),
				// In the back office's language, as its other times (the queue is an editor's page).
				blog.printDate(asked, LocaleContextHolder.getLocale()) + " "
						+ blog.printTime(asked, LocaleContextHolder.getLocale()),
				answer);
	}

	/**
	 * Dismisses a new question, or marks it as spam. Says whether it was still new: another editor may have
	 * decided on it meanwhile, and then nothing changes.
	 */
	@Transactional
	boolean decide(long liveBlogId, long questionId, Decision decision, Actor by) {
		boolean decided = this.jdbc.sql("""
				update reader_question set status = ?, decided_at = ?, decided_by = ?
				where id = ? and live_blog_id = ? and status = 'NEW'
				""")
			.params(decision.name(), Timestamp.from(this.clock.instant()), by.name(), questionId, liveBlogId)
			.update() == 1;
		if (decided) {
			this.events.publishEvent(new ReaderQuestionsChanged(liveBlogId));
		}
		return decided;
	}

	/**
	 * Answers a new question: a draft entry in the blog quoting it (with the pseudonym), for the editor to
	 * write the answer in and publish. Empty when another editor decided on it meanwhile.
	 */
	@Transactional
	Optional<Entry> answer(long liveBlogId, long questionId, Actor by) {
		Optional<QuotedQuestion> question = this.jdbc.sql("""
				update reader_question set status = 'ANSWERED', decided_at = ?, decided_by = ?
				where id = ? and live_blog_id = ? and status = 'NEW'
				returning question_text, asked_by
				""")
			.params(Timestamp.from(this.clock.instant()), by.name(), questionId, liveBlogId)
			.query((row, n) -> new QuotedQuestion(row.getString(1), row.getString(2)))
			.optional();
		if (question.isEmpty()) {
			return Optional.empty();
		}
		EntryText text = new EntryText(null, "", false, null, null, List.of(), null, question.get());
		Entry draft = this.entries.write(liveBlogId, text, Publication.draft(), false, UUID.randomUUID(), by).entry();
		this.jdbc.sql("update reader_question set answer_entry_id = ? where id = ?")
			.params(draft.getId(), questionId)
			.update();
		this.events.publishEvent(new ReaderQuestionsChanged(liveBlogId));
		return Optional.of(draft);
	}

	/**
	 * Dismisses at once the new questions an editor was shown (never more: what arrived since stays). Says
	 * how many were still new: the others another editor decided on meanwhile, and they keep that decision.
	 */
	@Transactional
	int dismissAll(long liveBlogId, List<Long> questionIds, Actor by) {
		if (questionIds.isEmpty()) {
			return 0;
		}
		int dismissed = this.jdbc.sql("""
				update reader_question set status = 'DISMISSED', decided_at = :now, decided_by = :by
				where id in (:ids) and live_blog_id = :blog and status = 'NEW'
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", by.name())
			.param("ids", questionIds)
			.param("blog", liveBlogId)
			.update();
		if (dismissed > 0) {
			this.events.publishEvent(new ReaderQuestionsChanged(liveBlogId));
		}
		return dismissed;
	}

	/**
	 * An answer's draft deleted (announced just before it goes): the question it quoted waits again, as if
	 * nobody had answered it, unless the same question was asked anew meanwhile (that one waits already).
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryChanged event) {
		if (event.change() != EntryChanged.Change.DELETED) {
			return;
		}
		int waiting = this.jdbc.sql("""
				update reader_question q set status = 'NEW', decided_at = null, decided_by = null, answer_entry_id = null
				where q.answer_entry_id = ? and q.live_blog_id = ? and q.status = 'ANSWERED'
				and not exists (select 1 from reader_question other where other.live_blog_id = q.live_blog_id
				                and other.fingerprint = q.fingerprint and other.status = 'NEW')
				""").params(event.entryId(), event.liveBlogId()).update();
		if (waiting > 0) {
			this.events.publishEvent(new ReaderQuestionsChanged(event.liveBlogId()));
		}
	}

	enum Decision {

		DISMISSED, SPAM

	}

	// Keeping no more than needed

	/**
	 * Decided questions are kept a while (an editor may look back at what was dismissed), then deleted: an
	 * answered one lives on only as its entry's quote, which the newsroom published. A new one nobody decided
	 * on is deleted {@code keep-new} after it was last asked: by then the moment it was about has passed, and
	 * a reader's words are not kept for nothing.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public int forgetOldQuestions() {
		Instant now = this.clock.instant();
		int decided = this.jdbc.sql("delete from reader_question where status <> 'NEW' and decided_at < ?")
			.param(Timestamp.from(now.minus(this.settings.keepDecided())))
			.update();
		int undecided = this.jdbc.sql("delete from reader_question where status = 'NEW' and last_asked_at < ?")
			.param(Timestamp.from(now.minus(this.settings.keepNew())))
			.update();
		return decided + undecided;
	}

}
