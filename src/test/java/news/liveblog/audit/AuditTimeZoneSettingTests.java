package news.liveblog.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import news.liveblog.SecondInstance;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A mistyped LIVEBLOG_AUDIT_TIME_ZONE stops the packaged application with one sentence saying what to set. */
@ExtendWith(OutputCaptureExtension.class)
class AuditTimeZoneSettingTests {

	@Test
	void aZoneThatIsNoZoneStopsTheStartUpAndSaysWhatToSet(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> SecondInstance.with("liveblog.audit.time-zone=Europe/Bruxelles").start().close());

		assertThat(output).contains("LIVEBLOG_AUDIT_TIME_ZONE is not a time zone: 'Europe/Bruxelles'.")
			.contains("Set LIVEBLOG_AUDIT_TIME_ZONE to a zone id such as UTC or Europe/Brussels")
			.doesNotContain("Failed to convert value of type");
	}

}
