package se.nattvandring.identity;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

/**
 * What a chosen password must be (NIST SP 800-63B 3.1.1.2): at least 8 characters with 15 recommended, at most 128, no
 * rules about kinds of characters, and not on a list of common and leaked passwords. The list is nbvcxz's own, so it is
 * maintained with the library rather than by us; words of the account's own context are refused beside it. One rule
 * for every form that sets a password.
 */
final class PasswordPolicy {

	static final int MIN = 8;

	static final int RECOMMENDED = 15;

	static final int MAX = 128;

	private static final Map<String, Integer> LEAKED = ConfigurationBuilder.getDefaultDictionaries().stream()
		.filter(dictionary -> dictionary.getDictionaryName().equals("passwords"))
		.findFirst()
		.map(Dictionary::getDictonary)
		.orElseThrow(() -> new IllegalStateException("nbvcxz no longer ships its password list"));

	/** The product's own words, which a guesser tries first on any installation (ASVS 6.1.2). */
	static final List<String> PRODUCT_WORDS = List.of("nattvandring", "nattvandrare", "nattvandra", "nattvandringar",
			"nightwalk", "stadsdel", "stadsdelsforvaltning", "forening", "losenord", "password");

	private PasswordPolicy() {
	}

	/**
	 * The message key of what is wrong with a new password; its arguments are {@link #MIN} and {@link #MAX}.
	 * {@code context} names what a guesser knows of this account: its user name, name, e-mail address and
	 * organisation. A password that is one of these, or the product's name, give or take digits and signs, is refused.
	 */
	static Optional<String> problem(@Nullable String password, Collection<@Nullable String> context) {
		Optional<String> general = problem(password);
		if (general.isPresent() || password == null) {
			return general;
		}
		return isContextWord(password, context) ? Optional.of("password.error.context") : Optional.empty();
	}

	static boolean isContextWord(String password, Collection<@Nullable String> context) {
		String letters = letters(password);
		if (letters.isEmpty()) {
			return false;
		}
		Set<String> words = new HashSet<>(PRODUCT_WORDS);
		for (String text : context) {
			if (text == null || text.isBlank()) {
				continue;
			}
			String whole = text.contains("@") ? text.substring(0, text.indexOf('@')) : text;
			words.add(letters(whole));
			for (String part : whole.split("[^\\p{L}]+")) {
				if (part.length() >= 4) {
					words.add(letters(part));
				}
			}
		}
		return words.contains(letters);
	}

	/** Lower case letters only, with å, ä and ö as a and o, so that "Älvsjö-2025!" and "alvsjo" meet. */
	private static String letters(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("[^\\p{Alpha}]", "");
	}

	/** The message key of what is wrong with a new password, whoever sets it. */
	static Optional<String> problem(@Nullable String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN) {
			return Optional.of("password.error.tooShort");
		}
		if (password.length() > MAX) {
			return Optional.of("password.error.tooLong");
		}
		if (isCommon(password)) {
			return Optional.of("password.error.common");
		}
		return Optional.empty();
	}

	static boolean isCommon(String password) {
		return LEAKED.containsKey(password.toLowerCase(Locale.ROOT)) || LEAKED.containsKey(password);
	}
}
