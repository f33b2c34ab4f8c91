package eu.guardian.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartUploadTest {

    private static final String BOUNDARY = "----WebKitFormBoundaryX3bY";

    @Test
    void fieldsBeforeTheFileAndTheFileAsAStreamHoweverTheBytesArrive() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // bytes that begin like a delimiter must stay in the file
        byte[] lookalike = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(lookalike, 0, file, 1000, lookalike.length);
        byte[] body = body(file, "photo \"1\".jpg");
        for (int step : new int[] {1, 3, 7, 70, 8192, body.length}) {
            MultipartUpload upload = MultipartUpload.of(new Trickle(body, step),
                    "multipart/form-data; boundary=\"" + BOUNDARY + "\"").orElseThrow();
            MultipartUpload.FilePart part = upload.nextFile().orElseThrow();
            assertEquals("file", part.field());
            assertEquals("photo \"1\".jpg", part.fileName());
            assertEquals("HEALTH", upload.fields().get("category"));
            assertEquals("Ärztlicher Bericht", upload.fields().get("note"));
            assertArrayEquals(file, part.content().readAllBytes(), "step " + step);
        }
    }

    @Test
    void anUtf8FileNameFromTheExtendedParameter() throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\";"
                + " filename*=UTF-8''%D8%B4%D9%87%D8%A7%D8%AF%D8%A9+1.pdf\r\n\r\n%PDF-1.4\r\n--" + BOUNDARY + "--\r\n";
        MultipartUpload upload = MultipartUpload.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                "multipart/form-data; boundary=" + BOUNDARY).orElseThrow();
        assertEquals("شهادة+1.pdf", upload.nextFile().orElseThrow().fileName());
    }

    @Test
    void aBodyCutOffInTheFileIsAnError() throws IOException {
        byte[] body = body(new byte[50_000], "a.pdf");
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 100);
        MultipartUpload upload = MultipartUpload.of(new ByteArrayInputStream(cut),
                "multipart/form-data; boundary=" + BOUNDARY).orElseThrow();
        InputStream content = upload.nextFile().orElseThrow().content();
        assertThrows(IOException.class, content::readAllBytes);
    }

    @Test
    void notMultipartOrWithoutAFile() throws IOException {
        assertTrue(MultipartUpload.of(InputStream.nullInputStream(), "application/json").isEmpty());
        assertTrue(MultipartUpload.of(InputStream.nullInputStream(), "multipart/form-data").isEmpty());
        String fieldsOnly = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nPHOTO\r\n--"
                + BOUNDARY + "--\r\n";
        MultipartUpload upload = MultipartUpload.of(new ByteArrayInputStream(fieldsOnly.getBytes(
                StandardCharsets.UTF_8)), "multipart/form-data; boundary=" + BOUNDARY).orElseThrow();
        assertTrue(upload.nextFile().isEmpty());
        assertEquals("PHOTO", upload.fields().get("category"));
    }

    private static byte[] body(byte[] file, String fileName) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("preamble to ignore\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"category\""
                + "\r\n\r\nHEALTH\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nÄrztlicher Bericht\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "\\\"") + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A network that delivers a few bytes at a time. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int step;
        private int position;

        Trickle(byte[] bytes, int step) {
            this.bytes = bytes;
            this.step = step;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(step, length), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
