package eu.guardian.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the resource bundles for code that is not a page (API answers, messages built in Java). */
public final class Messages {

    private static final String BUNDLE = "eu.guardian.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, List<Object> arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, SupportedLanguage.closestTo(locale).locale()).getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
