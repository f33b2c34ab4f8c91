package eu.guardian.audit;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.pdf.PdfReport;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The trail as a PDF for the file of an inspection: a landscape table, written batch by batch so that a large export
 * holds one batch in memory at a time, and reports its progress after each batch.
 */
final class AuditPdf {

    private static final int BATCH = 1000;
    private static final float[] WIDTHS = {2, 4, 3, 2, 3, 2, 8};

    private AuditPdf() {
    }

    /** The entries older than a cursor, newest first, at most {@code size} of them (the console's export query). */
    @FunctionalInterface
    interface Batches {
        List<AuditEntry> after(AuditConsole.ExportCursor before, int size);
    }

    static void write(AuditConsole console, AuditConsole.Filter filter, AuditConsole.Reach reach, Locale locale,
            OutputStream out, LongConsumer progress) {
        write((before, size) -> console.exportBatch(filter, reach, before, size), filter, locale, Instant.now(),
                out, progress);
    }

    static void write(Batches batches, AuditConsole.Filter filter, Locale locale, Instant exportedAt,
            OutputStream out, LongConsumer progress) {
        try (PdfReport pdf = PdfReport.landscape(text(locale, "audit.title"), locale, 24)) {
            pdf.text(text(locale, "audit.title"), 14, true);
            pdf.text(text(locale, "audit.pdf.filter") + ": " + describe(filter) + "   "
                    + text(locale, "audit.pdf.exportedAt") + ": " + exportedAt + " UTC", 7, false);
            pdf.space(4);
            PdfReport.Table table = pdf.table(7, WIDTHS);
            table.header(List.of("audit.entryId", "audit.when", "audit.username", "audit.action", "audit.object",
                    "audit.childId", "audit.details").stream().map(key -> text(locale, key)).toArray(String[]::new));
            long written = 0;
            AuditConsole.ExportCursor before = AuditConsole.ExportCursor.START;
            while (true) {
                List<AuditEntry> batch = batches.after(before, BATCH);
                for (AuditEntry e : batch) {
                    table.row(String.valueOf(e.getId()), String.valueOf(e.getOccurredAt()), e.getUsername() + " ("
                            + e.getRoles() + ")", text(locale, "audit.action." + e.getAction().name()),
                            e.getObjectType() + " " + (e.getObjectId() == null ? "" : e.getObjectId()),
                            e.getChildId() == null ? "" : String.valueOf(e.getChildId()),
                            e.getDetails() == null ? "" : e.getDetails());
                    before = AuditConsole.ExportCursor.after(e);
                }
                written += batch.size();
                progress.accept(written);
                if (batch.size() < BATCH) {
                    break;
                }
            }
            table.end();
            pdf.writeTo(out);
        }
    }

    private static String describe(AuditConsole.Filter filter) {
        StringBuilder text = new StringBuilder();
        filter.username().ifPresent(u -> text.append("user=").append(u).append(' '));
        filter.childId().ifPresent(c -> text.append("child=").append(c).append(' '));
        filter.action().ifPresent(a -> text.append("action=").append(a).append(' '));
        filter.from().ifPresent(f -> text.append("from=").append(f).append(' '));
        filter.to().ifPresent(t -> text.append("to=").append(t).append(' '));
        return text.length() == 0 ? "-" : text.toString().strip();
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key, List.of());
    }
}
