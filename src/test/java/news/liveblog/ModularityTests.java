package news.liveblog;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
		ApplicationModules.of(LiveBlogApplication.class).verify();
	}

}
