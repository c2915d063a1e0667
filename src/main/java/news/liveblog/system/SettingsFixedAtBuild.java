package news.liveblog.system;

import org.springframework.aot.AotDetector;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A start on Spring's AOT code (-Dspring.aot.enabled=true, README "Starting fast") runs the beans the build
 * chose, whatever the settings say by then. The one setting of this application that chooses beans is the
 * actuator's port of its own: the build has none, so MANAGEMENT_SERVER_PORT would be ignored without a word and
 * the actuator left on the public port, where the internal network's Prometheus no longer finds it. Such a
 * start is refused, with what to do instead.
 */
@Component
class SettingsFixedAtBuild {

	SettingsFixedAtBuild(Environment environment) {
		check(environment, AotDetector.useGeneratedArtifacts());
	}

	static void check(Environment environment, boolean aotCode) {
		if (aotCode && ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
			throw new StartupRefusedException(
					"MANAGEMENT_SERVER_PORT asks for a port of its own for the actuator, which a start on Spring's AOT "
							+ "code (-Dspring.aot.enabled=true) cannot open: the build chose the actuator's place.",
					"Start without -Dspring.aot.enabled=true (keep -XX:AOTCache: the JDK's cache still applies), "
							+ "or unset MANAGEMENT_SERVER_PORT.");
		}
	}

}
