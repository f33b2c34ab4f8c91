package eu.guardian.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.platform.web.Counts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A count of 12 345 as a reader of each language writes it, on pages (landing counts, totals) and in PDFs. */
class NumbersTest {

    @Test
    void thousandsAreGroupedAsTheReaderWritesThem() {
        assertEquals("12.345", Numbers.whole(12_345, Locale.GERMAN));
        assertEquals("12\u202f345", Numbers.whole(12_345, Locale.FRENCH), "a narrow no-break space in French");
        assertEquals("12,345", Numbers.whole(12_345, Locale.ENGLISH));
        assertEquals("12.345", Numbers.whole(12_345, Locale.forLanguageTag("el")));
    }

    @Test
    void decimalsUseTheReadersSignAndCountsUseTheSameFormatter() {
        assertEquals("4,5", Numbers.decimal(4.5, 1, Locale.GERMAN));
        assertEquals("4.0", Numbers.decimal(4, 1, Locale.ENGLISH));
        assertEquals("9.999", Counts.shown(9_999, Locale.GERMAN));
        assertEquals("1\u202f234", Counts.shown(1_234, Locale.FRENCH));
    }
}
