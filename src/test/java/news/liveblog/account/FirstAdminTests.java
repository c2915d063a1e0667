package news.liveblog.account;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import news.liveblog.SecondInstance;
import news.liveblog.dev.TestDatabase;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A freshly deployed application has no default credentials: its first admin comes from
 * LIVEBLOG_ADMIN_USERNAME and LIVEBLOG_ADMIN_PASSWORD, only with a password long enough, and once accounts
 * exist those settings can no longer add one. Each test starts the packaged application on a database of its
 * own, empty, as a first deployment finds it.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private final JdbcConnectionDetails server = TestDatabase.connectionDetails();

	private final String database = "first_admin_" + UUID.randomUUID().toString().replace("-", "");

	private final JdbcConnectionDetails ownDatabase = TestDatabase.named(this.database);

	@AfterEach
	void dropDatabase() {
		admin().execute("drop database if exists " + this.database + " with (force)");
	}

	@Test
	void aFirstAdminPasswordShorterThanTwelveCharactersStopsTheStartUpAndSaysWhatToSet(CapturedOutput output) {
		createDatabase();

		assertThatException().isThrownBy(() -> start("chief", "short").close());

		assertThat(output).contains("LIVEBLOG_ADMIN_PASSWORD is too short for the first admin account.")
			.contains("Set LIVEBLOG_ADMIN_PASSWORD to at least 12 characters.");
		assertThat(inDatabase().queryForObject("select count(*) from editor", Integer.class)).isZero();
	}

	@Test
	void aLongEnoughPasswordMakesTheFirstAdminAndIsIgnoredOnceAccountsExist(CapturedOutput output) {
		createDatabase();

		try (SecondInstance application = start("chief", "twelve chars")) {
			Editor chief = application.bean(Accounts.class).findByUsername("chief").orElseThrow();
			assertThat(chief.getRole()).isEqualTo(EditorRole.ADMIN);
			assertThat(chief.isEnabled()).isTrue();
			assertThat(application.bean(Accounts.class).all()).extracting(Editor::getUsername)
				.containsExactly("chief");
		}

		// Restarted with other settings, even a password too short: the accounts are there, nothing changes.
		try (SecondInstance application = start("deputy", "short")) {
			assertThat(application.bean(Accounts.class).all()).extracting(Editor::getUsername)
				.containsExactly("chief");
		}
		assertThat(output).doesNotContain("LIVEBLOG_ADMIN_PASSWORD is too short");
	}

	private SecondInstance start(String username, String password) {
		return SecondInstance.on(this.ownDatabase)
			.with("liveblog.admin.username=" + username, "liveblog.admin.password=" + password)
			.start();
	}

	private void createDatabase() {
		admin().execute("create database " + this.database);
	}

	private JdbcTemplate admin() {
		return new JdbcTemplate(dataSource(this.server.getJdbcUrl()));
	}

	private JdbcTemplate inDatabase() {
		return new JdbcTemplate(dataSource(this.ownDatabase.getJdbcUrl()));
	}

	private DataSource dataSource(String jdbcUrl) {
		return new DriverManagerDataSource(jdbcUrl, this.server.getUsername(), this.server.getPassword());
	}

}
