package news.liveblog.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' and admins' accounts. Passwords are only ever stored hashed.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final EditorRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoginThrottle throttle;

	Accounts(EditorRepository repository, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, LoginThrottle throttle) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.throttle = throttle;
	}

	public static String normalizeUsername(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	public List<Editor> all() {
		return this.repository.findAllByOrderByUsername();
	}

	public Optional<Editor> find(long id) {
		return this.repository.findById(id);
	}

	public Optional<Editor> findByUsername(String username) {
		return this.repository.findByUsername(normalizeUsername(username));
	}

	public boolean hasAny() {
		return this.repository.count() > 0;
	}

	/**
	 * Creates an account.
	 * @throws PasswordRefusedException when the {@link PasswordPolicy} refuses its password
	 * @throws UsernameTakenException when another account has the username
	 */
	@Transactional
	public Editor create(NewAccount account, Actor by) {
		refuseAgainstPolicy(account.password());
		return createOutsidePasswordPolicy(account, by);
	}

	/**
	 * The development demo accounts only ({@code editor} / {@code editor}, made by the test sources): an
	 * account whose password no policy would allow. Package-private, so no form can reach it.
	 */
	@Transactional
	Editor createOutsidePasswordPolicy(NewAccount account, Actor by) {
		String username = normalizeUsername(account.username());
		if (this.repository.existsByUsername(username)) {
			throw new UsernameTakenException(username);
		}
		Editor editor;
		try {
			editor = this.repository.save(new Editor(username, account.displayName().strip(),
					this.passwordEncoder.encode(account.password()), account.role(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Created by someone else between the check and the insert.
			throw new UsernameTakenException(username);
		}
		this.events.publishEvent(new AccountChanged(editor.getId(), username, AccountChanged.Change.CREATED, by));
		return editor;
	}

	@Transactional
	public void setEnabled(long editorId, boolean enabled, Actor by) {
		Editor editor = this.repository.findById(editorId).orElseThrow();
		editor.setEnabled(enabled, this.clock.instant());
		this.events.publishEvent(new AccountChanged(editorId, editor.getUsername(),
				enabled ? AccountChanged.Change.ENABLED : AccountChanged.Change.DISABLED, by));
	}

	/**
	 * Gives the account this display name and role, as the form drawn from {@code version} of it says. The
	 * entries it signed keep the name they were signed with; sessions signed into it go on with the new name
	 * and role ({@link AccountSessions}).
	 * @return whether anything changed
	 * @throws AccountChangedMeanwhileException when another admin changed the account after that version
	 */
	@Transactional
	public boolean change(long editorId, long version, String displayName, EditorRole role, Actor by) {
		Editor editor = this.repository.findById(editorId).orElseThrow();
		if (editor.getVersion() != version) {
			throw new AccountChangedMeanwhileException(editor.getUsername());
		}
		List<AccountChanged.Change> changes = new ArrayList<>();
		String name = displayName.strip();
		if (!name.equals(editor.getDisplayName())) {
			editor.rename(name, this.clock.instant());
			changes.add(AccountChanged.Change.RENAMED);
		}
		if (role != editor.getRole()) {
			editor.changeRole(role, this.clock.instant());
			changes.add(AccountChanged.Change.madeInto(role));
		}
		changes.forEach((change) -> this.events.publishEvent(new AccountChanged(editorId, editor.getUsername(), change, by)));
		return !changes.isEmpty();
	}

	/** The usernames whose sign-ins are being slowed down now (from some address, or from all). */
	public Set<String> withSignInsSlowed() {
		return this.throttle.slowedUsernames();
	}

	/**
	 * Lets the account be signed into at once from anywhere again, whatever the guesses before; says whether
	 * there was anything to lift. A password reset does the same.
	 */
	@Transactional
	public boolean liftSignInDelays(long editorId, Actor by) {
		return liftSignInDelays(this.repository.findById(editorId).orElseThrow(), by);
	}

	/** The audit trail hears of it when there was anything to lift. */
	private boolean liftSignInDelays(Editor editor, Actor by) {
		if (!this.throttle.lift(editor.getUsername())) {
			return false;
		}
		this.events.publishEvent(new AccountChanged(editor.getId(), editor.getUsername(),
				AccountChanged.Change.SIGN_IN_DELAYS_LIFTED, by));
		return true;
	}

	/**
	 * Tells the audit trail that sign-ins into the account with this username (if it is one's) began to be
	 * slowed: from that address, or from every address.
	 */
	@Transactional
	void signInsSlowed(String username, List<AccountChanged.Change> changes, String clientAddress) {
		if (changes.isEmpty()) {
			return;
		}
		this.repository.findByUsername(username)
			.ifPresent((editor) -> changes.forEach((change) -> this.events.publishEvent(
					new AccountChanged(editor.getId(), username, change, Actor.application(clientAddress)))));
	}

	@Transactional
	public void resetPassword(long editorId, String newPassword, Actor by) {
		refuseAgainstPolicy(newPassword);
		Editor editor = this.repository.findById(editorId).orElseThrow();
		editor.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.events.publishEvent(
				new AccountChanged(editorId, editor.getUsername(), AccountChanged.Change.PASSWORD_RESET, by));
		// A new password makes every guess at the old one moot.
		liftSignInDelays(editor, by);
	}

	private static void refuseAgainstPolicy(String password) {
		PasswordPolicy.problemWith(password).ifPresent((problem) -> {
			throw new PasswordRefusedException(problem);
		});
	}

}
