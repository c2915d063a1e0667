package news.liveblog.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language a page is printed in. A public page of a live blog speaks the blog's language, whatever
 * the reader's browser asks for; every other page (the back office, error pages) follows the browser.
 */
@Configuration(proxyBeanMethods = false)
public class PageLanguage {

	private static final String ATTRIBUTE = PageLanguage.class.getName() + ".locale";

	/** Prints the rest of this request in the given language. */
	public static void use(HttpServletRequest request, Locale language) {
		request.setAttribute(ATTRIBUTE, language);
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browserLanguage = new AcceptHeaderLocaleResolver();
		browserLanguage.setDefaultLocale(Locale.ENGLISH);
		browserLanguage.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) ? chosen
						: browserLanguage.resolveLocale(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				use(request, locale);
			}

		};
	}

}
