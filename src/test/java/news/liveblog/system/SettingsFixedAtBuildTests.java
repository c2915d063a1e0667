package news.liveblog.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsFixedAtBuildTests {

	@Test
	void aStartOnAotCodeIsRefusedWhenTheActuatorAsksForAPortOfItsOwn() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8080")
			.withProperty("management.server.port", "8081");

		assertThatThrownBy(() -> SettingsFixedAtBuild.check(environment, true))
			.isInstanceOf(StartupRefusedException.class)
			.hasMessageContaining("MANAGEMENT_SERVER_PORT");
		assertThatCode(() -> SettingsFixedAtBuild.check(environment, false)).doesNotThrowAnyException();
	}

	@Test
	void aStartOnAotCodeWithTheActuatorOnTheApplicationsPortGoesAhead() {
		assertThatCode(() -> SettingsFixedAtBuild.check(new MockEnvironment(), true)).doesNotThrowAnyException();
		assertThatCode(() -> SettingsFixedAtBuild.check(
				new MockEnvironment().withProperty("server.port", "8080").withProperty("management.server.port", "8080"),
				true))
			.doesNotThrowAnyException();
	}

}
