package news.liveblog.photo;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An image request sees the browser's session only once {@link MediaController} asks for it, for a photo
 * readers may not see. Spring Session loads a session, and writes its last access time back, whenever anyone
 * asks the request for it, and the framework does on every request (the DispatcherServlet looking for flash
 * attributes, for one): a desk's browser showing the public blog would cost a session SELECT and UPDATE per
 * photo, and its public tab would keep an idle desk signed in past {@code liveblog.desk.away-after}.
 */
@Configuration(proxyBeanMethods = false)
class SessionOnlyWhenAsked {

	/** Set by the controller before it looks at who is signed in. */
	static final String ASKED = SessionOnlyWhenAsked.class.getName() + ".asked";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> mediaSessionOnlyWhenAsked() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new HttpServletRequestWrapper(request) {

					@Override
					public HttpSession getSession(boolean create) {
						return (getAttribute(ASKED) != null) ? super.getSession(create) : null;
					}

					@Override
					public HttpSession getSession() {
						return getSession(true);
					}

				}, response);
			}

		});
		registration.addUrlPatterns("/media/*");
		// Inside Spring Session's filter (whose wrapper loads the session), before Spring Security's (-100),
		// whose context is read from the session through this wrapper.
		registration.setOrder(-105);
		return registration;
	}

	static void ask(HttpServletRequest request) {
		request.setAttribute(ASKED, Boolean.TRUE);
	}

}
