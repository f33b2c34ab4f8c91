package eu.guardian.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit entries as CSV that is safe to open in a spreadsheet: a cell that starts with = + - @ (or a tab or
 * carriage return) would run as a formula, so it is prefixed with an apostrophe (OWASP "CSV injection").
 */
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
        return cells.map(cell -> cell(cell == null ? "" : cell.toString())).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell: neutralised against formulas, then quoted when it holds a separator, a quote or a line break. */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
