package se.nattvandring.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English second. {@code ?lang=en} switches and a cookie remembers it; without a choice the browser's
 * Accept-Language decides between the two, and anything else reads Swedish.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedOnlyLocaleResolver("nv-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return SWEDISH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return match == null ? SWEDISH : match;
		}
		catch (IllegalArgumentException malformed) {
			return SWEDISH;
		}
	}

	static Locale supported(@Nullable Locale locale) {
		if (locale != null && locale.getLanguage().equals("en")) {
			return Locale.ENGLISH;
		}
		return SWEDISH;
	}

	/** Keeps {@code ?lang=xx} from storing a language the product has no words for. */
	private static final class SupportedOnlyLocaleResolver extends CookieLocaleResolver {

		SupportedOnlyLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			super.setLocale(request, response, locale == null ? null : supported(locale));
		}
	}
}
