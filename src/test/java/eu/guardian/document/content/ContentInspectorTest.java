package eu.guardian.document.content;

import static eu.guardian.document.SampleFiles.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.document.SampleFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    record Result(ContentInspector.Inspected inspected, byte[] bytes) {
    }

    static Result inspect(byte[] upload) throws IOException {
        return inspect(upload, LIMIT);
    }

    static Result inspect(byte[] upload, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContentInspector.Inspected inspected = new ContentInspector(limit).copy(new ByteArrayInputStream(upload), out);
        assertEquals(out.size(), inspected.size());
        return new Result(inspected, out.toByteArray());
    }

    @Test
    void aJpegLosesItsLocationCameraCommentsAndTrailerButKeepsEveryPixel() throws IOException {
        BufferedImage picture = SampleFiles.picture(96, 64, 1);
        byte[] photo = SampleFiles.jpegWithGps(picture, 0);
        assertTrue(contains(photo, "Exif") && contains(photo, SampleFiles.CAMERA));

        Result cleaned = inspect(photo);

        assertEquals(DocumentType.JPEG, cleaned.inspected().type());
        for (String gone : new String[] {"Exif", SampleFiles.CAMERA, SampleFiles.XMP_MARK, "Jane Photographer",
                "Photoshop", SampleFiles.TRAILER}) {
            assertFalse(contains(cleaned.bytes(), gone), gone + " was left in");
        }
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(photo)),
                ImageIO.read(new ByteArrayInputStream(cleaned.bytes())));
    }

    @Test
    void aTurnedPhotoKeepsOnlyItsOrientation() throws IOException {
        byte[] photo = SampleFiles.jpegWithGps(SampleFiles.picture(40, 30, 2), 6);

        Result cleaned = inspect(photo);

        assertEquals(6, cleaned.inspected().orientation());
        assertTrue(contains(cleaned.bytes(), "Exif"), "the orientation's own small Exif block");
        assertFalse(contains(cleaned.bytes(), SampleFiles.CAMERA));
        byte[] minimal = Orientation.minimalExif(6);
        assertEquals(6, Orientation.ofExif(minimal));
        assertEquals(32, minimal.length, "nothing but the orientation");
    }

    @Test
    void aPngLosesItsTextAndExifChunksButKeepsEveryPixel() throws IOException {
        BufferedImage picture = SampleFiles.picture(50, 40, 3);
        byte[] png = SampleFiles.pngWithText(picture);

        Result cleaned = inspect(png);

        assertEquals(DocumentType.PNG, cleaned.inspected().type());
        for (String gone : new String[] {"tEXt", "eXIf", "iTXt", "Jane Photographer", SampleFiles.TRAILER}) {
            assertFalse(contains(cleaned.bytes(), gone), gone + " was left in");
        }
        assertSamePixels(picture, ImageIO.read(new ByteArrayInputStream(cleaned.bytes())));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws IOException {
        byte[] png = SampleFiles.encoded(SampleFiles.picture(10, 10, 4), "png");
        assertEquals(DocumentType.PNG, inspect(png).inspected().type());
        assertEquals(DocumentType.PDF, inspect(SampleFiles.pdf(false)).inspected().type());
        assertEquals(DocumentType.DOCX, inspect(SampleFiles.docx()).inspected().type());
        assertEquals(DocumentType.ODT, inspect(SampleFiles.zip("mimetype", "content.xml")).inspected().type());
        assertEquals(DocumentType.TEXT, inspect("Zeugnis: sehr gut\nشهادة مدرسية\n"
                .getBytes(StandardCharsets.UTF_8)).inspected().type());
    }

    @Test
    void programsAndUnknownTypesAreRefused() {
        assertRefused("document.refused.program", SampleFiles.windowsProgram());
        byte[] elf = new byte[64];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        assertRefused("document.refused.program", elf);
        assertRefused("document.refused.program", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused("document.refused.type", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("document.refused.type", "caf\u00e9 in Latin-1".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("document.refused.type", SampleFiles.zip("classes.dex", "AndroidManifest.xml"));
        assertRefused("document.refused.empty", new byte[0]);
    }

    @Test
    void macrosAndEmbeddedObjectsInWordFilesAreRefused() {
        assertRefused("document.refused.macros", SampleFiles.zip("[Content_Types].xml", "word/document.xml",
                "word/vbaProject.bin"));
        assertRefused("document.refused.macros", SampleFiles.zip("mimetype", "content.xml", "Basic/Standard/x.xml"));
        assertRefused("document.refused.officeEmbedded", SampleFiles.zip("[Content_Types].xml", "word/document.xml",
                "word/embeddings/oleObject1.bin"));
    }

    @Test
    void aPdfWithJavaScriptInPlainSightIsRefusedWhileItStreamsIn() {
        assertRefused("document.refused.pdfScript", SampleFiles.plainPdfWithJavaScript());
        assertRefused("document.refused.pdfEmbedded", SampleFiles.pdfWithEmbeddedFile());
    }

    @Test
    void aPdfWithJavaScriptInCompressedObjectsIsRefusedByItsStructure() throws IOException {
        byte[] scripted = SampleFiles.pdf(true);
        Result streamed = inspect(scripted); // compressed: the raw scan cannot see it
        RefusedContent refused = assertThrows(RefusedContent.class, () -> PdfCheck.check(inMemory(streamed.bytes())));
        assertEquals("document.refused.pdfScript", refused.messageKey());

        PdfCheck.check(inMemory(inspect(SampleFiles.pdf(false)).bytes()));
    }

    @Test
    void aHashEscapedNameIsStillJavaScript() throws IOException {
        byte[] escaped = new String(SampleFiles.plainPdfWithJavaScript(), StandardCharsets.ISO_8859_1)
                .replace("/JavaScript", "/J#61vaScript").getBytes(StandardCharsets.ISO_8859_1);
        Result streamed = inspect(escaped);
        RefusedContent refused = assertThrows(RefusedContent.class, () -> PdfCheck.check(inMemory(streamed.bytes())));
        assertEquals("document.refused.pdfScript", refused.messageKey());
    }

    @Test
    void anUploadOverTheLimitIsRefused() {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        RefusedContent refused = assertThrows(RefusedContent.class, () -> inspect(large, 2 * 1024 * 1024));
        assertEquals("document.refused.tooLarge", refused.messageKey());
        assertEquals(java.util.List.of(2L), refused.arguments());
    }

    @Test
    void aCutOffImageIsDamaged() throws IOException {
        byte[] photo = SampleFiles.encoded(SampleFiles.picture(40, 30, 5), "jpeg");
        assertRefused("document.refused.damaged", java.util.Arrays.copyOf(photo, photo.length / 2));
        byte[] png = SampleFiles.encoded(SampleFiles.picture(40, 30, 5), "png");
        assertRefused("document.refused.damaged", java.util.Arrays.copyOf(png, png.length - 20));
    }

    @Test
    void thumbnailsAreSmallAndUpright() throws IOException {
        byte[] photo = inspect(SampleFiles.jpegWithGps(SampleFiles.picture(800, 400, 6), 6)).bytes();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(Thumbnails.of(inMemory(photo), 6).orElseThrow()));
        assertEquals(Thumbnails.SIZE / 2, upright.getWidth(), "turned a quarter: portrait");
        assertEquals(Thumbnails.SIZE, upright.getHeight());
        assertTrue(Thumbnails.of(inMemory(SampleFiles.pdf(false)), 1).isEmpty());
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int[] a = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        int[] b = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        assertArrayEquals(a, b, "the same pixels");
    }

    static void assertRefused(String key, byte[] upload) {
        RefusedContent refused = assertThrows(RefusedContent.class, () -> inspect(upload));
        assertEquals(key, refused.messageKey());
    }

    static SeekableContent inMemory(byte[] bytes) {
        return new SeekableContent() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] target, int offset, int length) {
                if (position >= bytes.length) {
                    return -1;
                }
                int step = (int) Math.min(length, bytes.length - position);
                System.arraycopy(bytes, (int) position, target, offset, step);
                return step;
            }
        };
    }
}
