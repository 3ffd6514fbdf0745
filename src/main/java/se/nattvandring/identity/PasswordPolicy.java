package se.nattvandring.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

/**
 * What a chosen password must be (NIST SP 800-63B 3.1.1.2): at least 8 characters with 15 recommended, at most 128, no
 * rules about kinds of characters, and not on a list of common and leaked passwords. The list is nbvcxz's own, so it is
 * maintained with the library rather than by us. One rule for every form that sets a password.
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

	private PasswordPolicy() {
	}

	/** The message key of what is wrong with a new password; its arguments are {@link #MIN} and {@link #MAX}. */
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
