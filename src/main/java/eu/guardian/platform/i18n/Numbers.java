package eu.guardian.platform.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader of a language writes them, for pages and PDFs: grouped by thousands (12,345 in English, 12.345 in
 * German, 12 345 with a narrow no-break space in French) and with the language's decimal sign, in the supported
 * language closest to the reader's (so Arabic keeps Latin digits, as on the pages and in the paginator's numbers.js).
 * The API and CSV files keep plain digits for programs and spreadsheets (docs/languages.md, "Dates, times and numbers").
 */
public final class Numbers {

    private Numbers() {
    }

    public static String whole(long number, Locale reader) {
        return NumberFormat.getIntegerInstance(SupportedLanguage.closestTo(reader).locale()).format(number);
    }

    /** A figure with exactly {@code digits} decimals, e.g. a median of days. */
    public static String decimal(double number, int digits, Locale reader) {
        NumberFormat format = NumberFormat.getNumberInstance(SupportedLanguage.closestTo(reader).locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(number);
    }
}
