package eu.guardian.platform.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that is safe to open in a spreadsheet: a cell that starts with = + - @ (or a tab or carriage return) would run
 * as a formula, so it is prefixed with an apostrophe (OWASP "CSV injection"). Lines end with CRLF (RFC 4180).
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> cells) {
        return cells.stream().map(cell -> cell(cell == null ? "" : cell.toString())).collect(Collectors.joining(","))
                + "\r\n";
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
