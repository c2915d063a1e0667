package news.liveblog.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Some requests never reach the application: Jetty answers them itself (headers too large, an address that cannot
 * be decoded, such as a link cut in the middle of a "%E2%80%99"). Those answers carry the same security headers as
 * every other response, and a page in the site's look (templates/unreadable.html) rather than Jetty's bare "HTTP
 * ERROR 400" table. Jetty answers these without having read the request's headers, so neither the browser's language
 * nor what it accepts is known: the page says it in each of the site's languages.
 */
@Component
class JettyErrorPages implements WebServerFactoryCustomizer<JettyServletWebServerFactory> {

	// Looked up when the first such request comes: the web server's factory is customized before these exist.
	private final ObjectProvider<SpringTemplateEngine> templates;

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	private final MessageSource messages;

	/** Each kind's page ("client", "headersTooLarge", "server"), once rendered. */
	private final Map<String, String> pages = new ConcurrentHashMap<>();

	JettyErrorPages(ObjectProvider<SpringTemplateEngine> templates, ObjectProvider<ResourceUrlProvider> resourceUrls,
			MessageSource messages) {
		this.templates = templates;
		this.resourceUrls = resourceUrls;
		this.messages = messages;
	}

	@Override
	public void customize(JettyServletWebServerFactory factory) {
		factory.addServerCustomizers((server) -> server.setErrorHandler(new ErrorHandler() {

			@Override
			protected void generateCacheControl(Response response) {
				super.generateCacheControl(response);
				SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
			}

			@Override
			protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
					Throwable cause) throws IOException {
				writer.write(page(code));
			}

		}));
	}

	/**
	 * The page for a status, rendered once per kind and kept: it depends on nothing in the request, and the 503s of a
	 * spike ("Editors first" turning readers away) come here too, where a render each would cost the most. Not kept
	 * while the stylesheet's address is not known yet (a request during start-up).
	 */
	private String page(int status) {
		String kind = (status == 431) ? "headersTooLarge" : (status >= 500) ? "server" : "client";
		String kept = this.pages.get(kind);
		if (kept != null) {
			return kept;
		}
		Context context = new Context(PageLanguage.LANGUAGES.getFirst());
		context.setVariable("texts", PageLanguage.LANGUAGES.stream().map((language) -> texts(kind, language)).toList());
		ResourceUrlProvider urls = this.resourceUrls.getIfAvailable();
		String stylesheet = (urls != null) ? urls.getForLookupPath("/assets/css/liveblog.css") : null;
		context.setVariable("stylesheet", (stylesheet != null) ? stylesheet : "/assets/css/liveblog.css");
		String page = asciiOnly(this.templates.getObject().process("unreadable", context));
		if (stylesheet != null) {
			this.pages.put(kind, page);
		}
		return page;
	}

	private Texts texts(String kind, Locale language) {
		return new Texts(language.toLanguageTag(), text("site.name", language),
				text("error." + kind + ".title", language), text("error." + kind + ".text", language),
				text("error.home", language));
	}

	private String text(String key, Locale language) {
		return this.messages.getMessage(key, null, language);
	}

	/** What the page says in one language. */
	record Texts(String language, String site, String title, String text, String home) {
	}

	/**
	 * Jetty picks the charset (ISO-8859-1 unless the browser asks otherwise, and browsers no longer do): written as
	 * ASCII with character references, the page reads the same in any of them ("L&#8217;adresse").
	 */
	private static String asciiOnly(String html) {
		StringBuilder ascii = new StringBuilder(html.length() + 64);
		html.codePoints().forEach((point) -> {
			if (point < 128) {
				ascii.append((char) point);
			}
			else {
				ascii.append("&#").append(point).append(';');
			}
		});
		return ascii.toString();
	}

}
