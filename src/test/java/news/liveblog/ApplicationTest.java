package news.liveblog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import news.liveblog.dev.DemoAccounts;
import news.liveblog.dev.DemoLiveBlog;
import news.liveblog.dev.TestDatabase;

import news.liveblog.photo.PhotoUploads;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on the test PostgreSQL with the demo blog loaded, driven through MockMvc. Every
 * test class carrying it shares one application context. Sessions are the container's here
 * ({@link ContainerSessionsInMockMvc}); {@link ServerTest} has them in PostgreSQL, as in production. Tests set
 * up with {@link Newsroom} and use the back office with {@link BackOffice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestClock.class, DemoAccounts.class, DemoLiveBlog.class, ContainerSessionsInMockMvc.class,
		Newsroom.class, BackOffice.class, PhotoUploads.class })
@TestExecutionListeners(listeners = Newsroom.PutBackAfterEachTest.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ApplicationTest {

}
