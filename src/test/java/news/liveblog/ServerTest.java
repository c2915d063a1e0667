package news.liveblog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.dev.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application served by its real web server on a random port, on the test PostgreSQL with the
 * demo blog loaded: for what only a server does (error pages, compression, headers). Every test class
 * carrying it shares one running application. Tests set up with {@link Newsroom}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestClock.class, DemoAccounts.class, DemoLiveBlog.class, Newsroom.class })
@TestExecutionListeners(listeners = Newsroom.PutBackAfterEachTest.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServerTest {

}
