package eu.guardian.platform.web;

import eu.guardian.platform.i18n.Numbers;
import eu.guardian.platform.persistence.Page;
import java.util.Locale;

/**
 * A count as a person reads it: grouped in the user's language, and "10 000+" where the database stopped counting
 * at {@link Page#COUNT_LIMIT} (counts are capped so that a list of 100 000 children stays quick).
 */
public final class Counts {

    private Counts() {
    }

    public static String shown(long count, Locale locale) {
        String digits = Numbers.whole(count, locale);
        return count >= Page.COUNT_LIMIT ? digits + "+" : digits;
    }
}
