package news.liveblog;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc tests hand a {@code MockHttpSession} from one request to the next, which Spring Session's filter
 * would replace with a session found by cookie, and MockMvc carries no cookies. So MockMvc requests keep the
 * container's session: the filter is left out of MockMvc only (the session repository is still there).
 * Sessions in PostgreSQL, behind the real filter, are tested over HTTP on two instances
 * ({@code SessionsAcrossInstancesTests}) and by the browser tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainerSessionsInMockMvc {

	@Bean
	static BeanPostProcessor leaveSpringSessionFilterOutOfMockMvc() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "sessionRepositoryFilterRegistration".equals(beanName)) {
					registration.setEnabled(false);
				}
				return bean;
			}
		};
	}

}
