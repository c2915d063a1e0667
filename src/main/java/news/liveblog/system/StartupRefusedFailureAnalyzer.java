package news.liveblog.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
