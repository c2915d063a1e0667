package news.liveblog.system;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

	/** The languages the site speaks, the first when the browser asks for none of them. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	/**
	 * Where most readers of a language read its pages, so where a time needs no zone: French pages are read
	 * mostly in France. English has none: it is read around the world, so English pages always name the zone.
	 */
	private static final Map<String, ZoneId> USUAL_ZONES = Map.of("fr", ZoneId.of("Europe/Paris"));

	/** The zone most readers of pages in this language are in, if it has one. */
	public static Optional<ZoneId> usualZone(Locale language) {
		return Optional.ofNullable(USUAL_ZONES.get(language.getLanguage()));
	}

	/** Prints the rest of this request in the given language. */
	public static void use(HttpServletRequest request, Locale language) {
		request.setAttribute(ATTRIBUTE, language);
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browserLanguage = new AcceptHeaderLocaleResolver();
		browserLanguage.setDefaultLocale(LANGUAGES.getFirst());
		browserLanguage.setSupportedLocales(LANGUAGES);
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
