package eu.guardian.document.content;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStreamImpl;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A small JPEG of a stored photo for lists. The decoder reads the stored file through a small window and keeps only
 * every n-th pixel (subsampling), so that even a 50-megapixel photo never stands in memory at full size; the
 * thumbnail is turned upright by the photo's orientation. A photo ImageIO cannot decode (CMYK, say) simply has none.
 */
public final class Thumbnails {

    static final int SIZE = 240;
    /** Above this (a decompression bomb, or a panorama) no thumbnail is attempted. */
    private static final long MAX_PIXELS = 120_000_000L;
    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

    private Thumbnails() {
    }

    public static Optional<byte[]> of(SeekableContent content, int orientation) {
        try (SeekableImageInput input = new SeekableImageInput(content)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                int step = Math.max(1, Math.max(width, height) / (SIZE * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(jpeg(upright(scaled(reader.read(0, param)), orientation)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No thumbnail", e);
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setColor(Color.WHITE); // transparent parts of a PNG
        graphics.fillRect(0, 0, width, height);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return small;
    }

    /** Turned as the camera said (3: half a turn, 6: a quarter clockwise, 8: a quarter anticlockwise). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation != 3 && orientation != 6 && orientation != 8) {
            return image;
        }
        boolean quarter = orientation != 3;
        int width = quarter ? image.getHeight() : image.getWidth();
        int height = quarter ? image.getWidth() : image.getHeight();
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.quadrantRotate(orientation == 3 ? 2 : orientation == 6 ? 1 : 3);
        turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        graphics.drawImage(image, turn, null);
        graphics.dispose();
        return turned;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** ImageIO's input onto the stored file, through an 8 KiB window. */
    static final class SeekableImageInput extends ImageInputStreamImpl {
        private final SeekableContent content;
        private final ReadWindow window;

        SeekableImageInput(SeekableContent content) {
            this.content = content;
            this.window = new ReadWindow(content);
        }

        @Override
        public int read() throws IOException {
            checkClosed();
            bitOffset = 0;
            int value = window.byteAt(streamPos);
            if (value >= 0) {
                streamPos++;
            }
            return value;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            checkClosed();
            bitOffset = 0;
            if (length == 0) {
                return 0;
            }
            int read = content.read(streamPos, target, offset, length);
            if (read > 0) {
                streamPos += read;
            }
            return read;
        }

        @Override
        public long length() {
            return content.length();
        }
    }
}
