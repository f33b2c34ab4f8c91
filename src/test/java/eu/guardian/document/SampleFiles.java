package eu.guardian.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Files as phones and scanners make them, built in code for the tests: a JPEG with a camera's Exif (GPS location,
 * make), XMP, a comment and a video appended after the image; a PNG with text chunks; PDFs with and without
 * JavaScript; word-processor archives; a program.
 */
public final class SampleFiles {

    public static final String CAMERA = "GuardianTestCam";
    public static final String XMP_MARK = "http://ns.adobe.com/xap/1.0/";
    public static final String TRAILER = "APPENDED-MOTION-VIDEO";
    public static final double LATITUDE = 48.8584;

    private SampleFiles() {
    }

    public static BufferedImage picture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | random.nextInt(64));
            }
        }
        return image;
    }

    public static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG photo with GPS Exif, XMP, a comment and a trailer after the end of the image. */
    public static byte[] jpegWithGps(BufferedImage image, int orientation) {
        byte[] plain = encoded(image, "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, exif(orientation));
        segment(out, 0xE1, (XMP_MARK + "\0<x:xmpmeta><rdf:Description GPSLatitude='48.8584'/></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8));
        segment(out, 0xFE, "Owner: Jane Photographer".getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, "Photoshop 3.0\0 8BIM caption".getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        out.writeBytes(TRAILER.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** "Exif\0\0" + a little-endian TIFF: IFD0 with Make, (Orientation), GPSInfo; a GPS IFD with the latitude. */
    static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        int entries = orientation > 0 ? 3 : 2;
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + entries * 12 + 4;
        int make = gpsIfd + 2 + 2 * 12 + 4;
        int latitude = make + 16;
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA.length() + 1).putInt(make);
        if (orientation > 0) {
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
                    .putShort((short) 0);
        }
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putInt(0);
        tiff.position(make);
        tiff.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
        tiff.position(latitude);
        tiff.putInt(488584).putInt(10000).putInt(0).putInt(1).putInt(0).putInt(1);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        payload.write(tiff.array(), 0, tiff.position());
        return payload.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    /** A PNG with tEXt, iTXt and eXIf chunks before its pixels, and bytes after IEND. */
    public static byte[] pngWithText(BufferedImage image) {
        byte[] plain = encoded(image, "png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        out.write(plain, 0, ihdrEnd);
        chunk(out, "tEXt", ("Author\0Jane Photographer, " + CAMERA).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", java.util.Arrays.copyOfRange(exif(1), 6, exif(1).length));
        chunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + XMP_MARK).getBytes(StandardCharsets.UTF_8));
        out.write(plain, ihdrEnd, plain.length - ihdrEnd);
        out.writeBytes(TRAILER.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(8).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(header.array());
        out.writeBytes(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A one-page PDF, saved compressed (PDFBox 3 puts objects in compressed object streams). */
    public static byte[] pdf(boolean withJavaScript) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (withJavaScript) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written PDF whose open action is JavaScript, in plain sight. */
    public static byte[] plainPdfWithJavaScript() {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "4 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF that carries a file: an embedded-file stream, named in the catalogue. */
    public static byte[] pdfWithEmbeddedFile() {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "4 0 obj << /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>] >> endobj\n"
                + "5 0 obj << /Type /EmbeddedFile /Length 2 >> stream\nMZ\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A ZIP with the named entries (each holding a little text). */
    public static byte[] zip(String... entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String name : entries) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write((name.equals("mimetype") ? "application/vnd.oasis.opendocument.text" : "<x/>")
                            .getBytes(StandardCharsets.US_ASCII));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    /** The start of a Windows program (MZ header, zeros, PE signature). */
    public static byte[] windowsProgram() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
