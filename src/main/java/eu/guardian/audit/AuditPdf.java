package eu.guardian.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.guardian.platform.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    static void write(AuditConsole console, AuditConsole.Filter filter, Locale locale, OutputStream out,
            LongConsumer progress) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text(locale, "audit.title"), FontFactory.getFont(FontFactory.HELVETICA_BOLD,
                    14)));
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
            document.add(new Paragraph(text(locale, "audit.pdf.filter") + ": " + describe(filter) + "   "
                    + text(locale, "audit.pdf.exportedAt") + ": " + Instant.now() + " UTC", small));
            long written = 0;
            AuditConsole.ExportCursor before = AuditConsole.ExportCursor.START;
            while (true) {
                List<AuditEntry> batch = console.exportBatch(filter, before, BATCH);
                PdfPTable table = header(locale);
                for (AuditEntry e : batch) {
                    for (Object cell : List.of(e.getId(), e.getOccurredAt(), e.getUsername() + " (" + e.getRoles()
                            + ")", text(locale, "audit.action." + e.getAction().name()), e.getObjectType() + " "
                            + (e.getObjectId() == null ? "" : e.getObjectId()),
                            e.getChildId() == null ? "" : e.getChildId(), e.getDetails() == null ? "" : e.getDetails())) {
                        table.addCell(new Paragraph(String.valueOf(cell), small));
                    }
                    before = AuditConsole.ExportCursor.after(e);
                }
                if (!batch.isEmpty()) {
                    document.add(table);
                }
                written += batch.size();
                progress.accept(written);
                if (batch.size() < BATCH) {
                    break;
                }
            }
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("The PDF could not be written", e));
        } finally {
            document.close();
        }
    }

    private static PdfPTable header(Locale locale) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        for (String key : List.of("audit.entryId", "audit.when", "audit.username", "audit.action", "audit.object",
                "audit.childId", "audit.details")) {
            table.addCell(new Paragraph(text(locale, key), bold));
        }
        return table;
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
