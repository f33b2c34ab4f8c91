package eu.guardian.document.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Plain text is accepted only as what it claims to be: UTF-8 (any script) without control characters other than tab,
 * line breaks and form feed. Anything else was not a text file, and is refused as an unknown type.
 */
final class TextCheck {

    private TextCheck() {
    }

    /** Whether the first bytes can begin a text file (no NUL, no control characters). */
    static boolean plausible(byte[] head) {
        for (byte b : head) {
            if (isForbiddenControl(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    static void copy(ByteReader reader, OutputStream out) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = reader.asInputStream();
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer bytes = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
        int read;
        while ((read = in.read(chunk)) >= 0) {
            out.write(chunk, 0, read);
            bytes.put(chunk, 0, read).flip();
            decode(decoder, bytes, chars, false);
            bytes.compact();
        }
        bytes.flip();
        decode(decoder, bytes, chars, true);
        if (decoder.flush(chars).isError()) {
            throw notText();
        }
    }

    private static void decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                throw notText();
            }
            chars.flip();
            while (chars.hasRemaining()) {
                if (isForbiddenControl(chars.get())) {
                    throw notText();
                }
            }
            chars.clear();
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private static boolean isForbiddenControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
    }

    private static RefusedContent notText() {
        return new RefusedContent("document.refused.type");
    }
}
