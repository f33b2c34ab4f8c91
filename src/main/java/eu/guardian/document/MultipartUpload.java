package eu.guardian.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A multipart/form-data request body read as it arrives (RFC 7578): text fields are collected (small, bounded), and
 * the file's part is handed on as a stream that ends at the part's boundary, so that the file flows into the checks
 * and the encrypted store without ever being held in memory or written to a disk in clear (the servlet container's
 * own multipart support, and Jersey's, would write it to a temporary file first). Fields must come before the file.
 */
final class MultipartUpload {

    /** The file part: its field name, the name the client gave it, and its content up to the boundary. */
    record FilePart(String field, String fileName, InputStream content) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final int MAX_FIELD_BYTES = 2 * 1024;
    private static final int MAX_FIELDS = 20;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    /** No delimiter starts before this index of the buffer (searched already): each byte is searched once. */
    private int searched;
    private boolean finished;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private MultipartUpload(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The body starts with "--boundary", without the line break every later delimiter has: pretend it had one.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /** A reader of the body, or empty if the content type is not multipart/form-data with a boundary. */
    static Optional<MultipartUpload> of(InputStream body, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String boundary = unquote(pair[1].strip());
                if (!boundary.isEmpty() && boundary.length() <= 70) {
                    return Optional.of(new MultipartUpload(body, boundary));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads up to the file's part: the text fields before it are collected ({@link #fields()}); empty if the body
     * has no file part.
     */
    Optional<FilePart> nextFile() throws IOException {
        if (!skipToDelimiter()) {
            return Optional.empty();
        }
        while (startPart()) {
            Map<String, String> disposition = disposition(readHeaders());
            String name = disposition.getOrDefault("name", "");
            Optional<String> fileName = Optional.ofNullable(disposition.get("filename*")).map(MultipartUpload::rfc5987)
                    .or(() -> Optional.ofNullable(disposition.get("filename")));
            PartStream part = new PartStream();
            if (fileName.isPresent()) {
                return Optional.of(new FilePart(name, fileName.get(), part));
            }
            byte[] value = part.readNBytes(MAX_FIELD_BYTES + 1);
            if (value.length > MAX_FIELD_BYTES || fields.size() >= MAX_FIELDS) {
                throw new IOException("Form field too long, or too many fields");
            }
            part.skipRest();
            fields.put(name, new String(value, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** The text fields met so far. */
    Map<String, String> fields() {
        return fields;
    }

    /** After a delimiter: "--" closes the body; otherwise the rest of the line, and a part begins. */
    private boolean startPart() throws IOException {
        if (finished) {
            return false;
        }
        int first = readByte();
        int second = readByte();
        if (first == '-' && second == '-') {
            finished = true;
            return false;
        }
        int previous = second;
        int current = first == '\r' && second == '\n' ? -2 : readByte();
        while (current != -2 && !(previous == '\r' && current == '\n')) {
            previous = current;
            current = readByte(); // transport padding after the delimiter
        }
        return true;
    }

    private String readHeaders() throws IOException {
        byte[] headers = new byte[MAX_HEADER_BYTES];
        int count = 0;
        while (!(count == 2 && headers[0] == '\r' && headers[1] == '\n') && !(count >= 4 && headers[count - 4] == '\r'
                && headers[count - 3] == '\n' && headers[count - 2] == '\r' && headers[count - 1] == '\n')) {
            if (count == MAX_HEADER_BYTES) {
                throw new IOException("Part headers too long");
            }
            headers[count++] = (byte) readByte();
        }
        return new String(headers, 0, count, StandardCharsets.UTF_8);
    }

    private static Map<String, String> disposition(String headers) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase("content-disposition")) {
                continue;
            }
            for (String parameter : splitOutsideQuotes(line.substring(colon + 1))) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length == 2) {
                    parameters.put(pair[0].strip().toLowerCase(Locale.ROOT), unquote(pair[1].strip()));
                }
            }
        }
        return parameters;
    }

    private static java.util.List<String> splitOutsideQuotes(String value) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    /** {@code UTF-8''na%C3%AFve.pdf} → naïve.pdf. */
    private static String rfc5987(String value) {
        int quote = value.indexOf("''");
        String encoded = quote >= 0 ? value.substring(quote + 2) : value;
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Discards everything up to and including the next delimiter; false if the body ends first. */
    private boolean skipToDelimiter() throws IOException {
        PartStream preamble = new PartStream();
        return preamble.skipRest();
    }

    private int readByte() throws IOException {
        if (position == limit && !fill()) {
            throw new IOException("The upload ended in the middle of a part");
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            searched = Math.max(0, searched - position);
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }

    /** Where the delimiter starts in the buffer's unread bytes, or -1. */
    private int findDelimiter() {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = Math.max(position, searched); i <= last; i++) {
            if (buffer[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        searched = Math.max(searched, last + 1);
        return -1;
    }

    /** One part's content: the bytes up to the next delimiter, which it consumes at its end. */
    private final class PartStream extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = findDelimiter();
                if (found == position) {
                    position += delimiter.length;
                    searched = position;
                    ended = true;
                    return -1;
                }
                int safe = found >= 0 ? found - position : limit - position - (delimiter.length - 1);
                if (safe > 0) {
                    int step = Math.min(length, safe);
                    System.arraycopy(buffer, position, target, offset, step);
                    position += step;
                    return step;
                }
                if (!fill() || limit - position < delimiter.length && !moreAfterFill()) {
                    throw new IOException("The upload ended before its closing boundary");
                }
            }
        }

        /** After a read that brought too little to tell: keep reading until there is enough or the body ends. */
        private boolean moreAfterFill() throws IOException {
            while (limit - position < delimiter.length) {
                if (!fill()) {
                    return false;
                }
            }
            return true;
        }

        /** Reads to the end of the part; false if the body ended without a delimiter. */
        boolean skipRest() throws IOException {
            byte[] skip = new byte[8192];
            try {
                while (read(skip, 0, skip.length) >= 0) {
                    // discarded
                }
                return true;
            } catch (IOException endedEarly) {
                return false;
            }
        }
    }
}
