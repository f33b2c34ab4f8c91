package eu.guardian.platform.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader of a language writes them, for pages and PDFs: grouped by thousands (12,345 in English, 12.345 in
 * German, 12 345 with a narrow no-break space in French) and with the language's decimal sign. The API and CSV files
 * keep plain digits for programs and spreadsheets (docs/languages.md, "Numbers").
 */
public final class Numbers {

    private Numbers() {
    }

    public static String whole(long number, Locale reader) {
        return NumberFormat.getIntegerInstance(reader).format(number);
    }

    /** A figure with exactly {@code digits} decimals, e.g. a median of days. */
    public static String decimal(double number, int digits, Locale reader) {
        NumberFormat format = NumberFormat.getNumberInstance(reader);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(number);
    }
}
