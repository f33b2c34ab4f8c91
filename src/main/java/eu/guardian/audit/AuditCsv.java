package eu.guardian.audit;

import eu.guardian.platform.export.Csv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/** Writes audit entries as CSV that is safe to open in a spreadsheet ({@link Csv}). */
public final class AuditCsv {

    static final List<String> HEADER = List.of("id", "occurred_at_utc", "username", "roles", "action", "object_type",
            "object_id", "child_id", "client_address", "request_id", "details", "hash");

    private AuditCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(line(HEADER.stream()));
    }

    public static void write(Writer out, AuditEntry e) throws IOException {
        out.write(line(Stream.of(e.getId(), e.getOccurredAt(), e.getUsername(), e.getRoles(), e.getAction(),
                e.getObjectType(), e.getObjectId(), e.getChildId(), e.getClientAddress(), e.getRequestId(),
                e.getDetails(), e.getHash())));
    }

    private static String line(Stream<?> cells) {
        return Csv.row(cells.toList());
    }

    public static String cell(String value) {
        return Csv.cell(value);
    }
}
