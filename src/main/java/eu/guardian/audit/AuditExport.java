package eu.guardian.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Streams an export batch by batch, so that a large export holds neither memory nor a long transaction. */
final class AuditExport {

    private static final int BATCH = 2000;

    private AuditExport() {
    }

    static void writeCsv(AuditConsole console, AuditConsole.Filter filter, Writer out) throws IOException {
        console.recordExport(filter, "csv");
        AuditConsole.Reach reach = console.reachOfCaller();
        AuditCsv.writeHeader(out);
        AuditConsole.ExportCursor before = AuditConsole.ExportCursor.START;
        while (true) {
            List<AuditEntry> batch = console.exportBatch(filter, reach, before, BATCH);
            for (AuditEntry entry : batch) {
                AuditCsv.write(out, entry);
                before = AuditConsole.ExportCursor.after(entry);
            }
            out.flush();
            if (batch.size() < BATCH) {
                return;
            }
        }
    }
}
