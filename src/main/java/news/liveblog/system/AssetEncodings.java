package news.liveblog.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static assets are served as browsers ask, from the FILE.br and FILE.gz the build writes beside each text file
 * (src/build/java/PrecompressStaticAssets.java), by Spring's own EncodedResourceResolver
 * ({@code spring.web.resources.chain.compressed}). Two things it leaves out, said here for {@code /assets/} only:
 * <ul>
 * <li>It takes the first coding the browser lists, and every browser lists gzip before br
 * ({@code gzip, deflate, br, zstd}), so no browser would get the Brotli file, 15% smaller. Both are as good to
 * the browser (no q-values), and the server may choose (RFC 9110, 12.5.3): it is shown br first.</li>
 * <li>It says {@code Vary: Accept-Encoding} only on a compressed answer: a cache keeping the plain one, asked
 * without the header, would give it to every browser after. Every asset answer says it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AssetEncodings {

	/** The codings the build writes, best first. */
	private static final List<String> PREFERRED = List.of("br", "gzip");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> assetEncodingsFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				String preferred = preferred(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
				chain.doFilter(new HttpServletRequestWrapper(request) {

					@Override
					public String getHeader(String name) {
						return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? preferred : super.getHeader(name);
					}

				}, response);
			}

		});
		registration.addUrlPatterns("/assets/*");
		return registration;
	}

	/**
	 * The codings of {@link #PREFERRED} that an Accept-Encoding value accepts, in that order, or {@code null} for
	 * none (the plain file).
	 */
	static String preferred(String acceptEncoding) {
		List<String> accepted = AcceptEncoding.accepted(acceptEncoding, PREFERRED);
		return accepted.isEmpty() ? null : String.join(", ", accepted);
	}

}
