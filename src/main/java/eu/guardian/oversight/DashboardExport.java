package eu.guardian.oversight;

import eu.guardian.platform.export.Csv;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.pdf.PdfReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard as a table of figures (section, figure, value) in the reader's language: CSV for spreadsheets, PDF for
 * the file. Both carry the period and the moment of computation, and nothing that identifies a child.
 */
public final class DashboardExport {

    private DashboardExport() {
    }

    /** The figures as rows of three cells: section, figure, value. */
    static List<List<String>> rows(Dashboard dashboard, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        String indicators = text(locale, "oversight.section.indicators");
        for (Indicator indicator : dashboard.indicators()) {
            rows.add(List.of(indicators, text(locale, indicator.labelKey()), String.valueOf(indicator.value())));
        }
        String parity = text(locale, "oversight.section.timeToGuardian");
        for (ParityReport.GroupFigures group : dashboard.parity().groups()) {
            String name = text(locale, "oversight.group." + group.group().name());
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.appointed"),
                    String.valueOf(group.appointed())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.stillWaiting"),
                    String.valueOf(group.stillWaiting())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.median"), days(group.median())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.p90"), days(group.p90())));
        }
        rows.add(List.of(parity, text(locale, "oversight.spread"), days(dashboard.parity().spreadDays())));
        rows.add(List.of(parity, text(locale, "oversight.parityWarning"),
                text(locale, dashboard.parity().warning() ? "oversight.yes" : "oversight.no")));
        for (ParityReport.RegionFigures region : dashboard.parity().regions()) {
            rows.add(List.of(parity, text(locale, "oversight.region") + " " + region.region() + " – "
                    + text(locale, "oversight.median"), days(region.median())));
        }
        String caseloads = text(locale, "oversight.section.caseloads");
        for (Dashboard.Bucket bucket : dashboard.caseloads().buckets()) {
            rows.add(List.of(caseloads, bucket.label(), String.valueOf(bucket.guardians())));
        }
        return rows;
    }

    public static void writeCsv(Dashboard dashboard, Locale locale, Writer out) throws IOException {
        out.write(Csv.row(List.of(text(locale, "oversight.period"), dashboard.from(), dashboard.to())));
        out.write(Csv.row(List.of(text(locale, "oversight.computedAt"), dashboard.computedAt())));
        out.write(Csv.row(List.of(text(locale, "oversight.section"), text(locale, "oversight.figure"),
                text(locale, "oversight.value"))));
        for (List<String> row : rows(dashboard, locale)) {
            out.write(Csv.row(row));
        }
        out.flush();
    }

    public static void writePdf(Dashboard dashboard, Locale locale, OutputStream out) {
        try (PdfReport pdf = new PdfReport(text(locale, "oversight.title"), locale)) {
            pdf.text(text(locale, "oversight.title"), 16, true);
            pdf.text(text(locale, "oversight.period") + ": " + dashboard.from() + " – " + dashboard.to() + "   "
                    + text(locale, "oversight.computedAt") + ": " + dashboard.computedAt() + " UTC", 9, false);
            pdf.space(12);
            PdfReport.Table table = pdf.table(9, 3, 6, 2).header(text(locale, "oversight.section"),
                    text(locale, "oversight.figure"), text(locale, "oversight.value"));
            for (List<String> row : rows(dashboard, locale)) {
                table.row(row);
            }
            table.end();
            pdf.writeTo(out);
        }
    }

    private static String days(Optional<Double> days) {
        return days.map(value -> String.format(Locale.ROOT, "%.1f", value)).orElse("");
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key, List.of());
    }
}
