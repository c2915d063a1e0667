package news.liveblog.system;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Some requests never reach the application: Jetty answers them itself (headers too large, a malformed
 * address). Those answers carry the same security headers as every other response.
 */
@Component
class JettyErrorHeaders implements WebServerFactoryCustomizer<JettyServletWebServerFactory> {

	@Override
	public void customize(JettyServletWebServerFactory factory) {
		factory.addServerCustomizers((server) -> server.setErrorHandler(new ErrorHandler() {

			@Override
			protected void generateCacheControl(Response response) {
				super.generateCacheControl(response);
				SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
			}

		}));
	}

}
