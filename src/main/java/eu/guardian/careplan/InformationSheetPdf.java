package eu.guardian.careplan;

import eu.guardian.platform.pdf.PdfCanvas;
import eu.guardian.platform.pdf.PdfReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The child's information sheet as a PDF (docs/information-sheet.md): in words, one or two pages for a 12-year-old;
 * or in pictures, one page of drawn pictograms with a few words each, for a child who does not read (the guardian
 * explains each picture). Everything in the child's language and its direction.
 */
final class InformationSheetPdf {

    /** Who the child's guardian is and how to reach them (phone and e-mail as recorded). */
    record GuardianContact(String name, Optional<String> phone, Optional<String> email) {

        String reach() {
            List<String> ways = Stream.concat(phone.stream(), email.stream()).toList();
            return ways.isEmpty() ? "–" : String.join("  ·  ", ways);
        }
    }

    private static final int INK = 0x1F2933;
    private static final int TEAL = 0x1C7293;
    private static final int SUN = 0xF2A541;
    private static final int SKY = 0xDCEEF5;
    private static final int RED = 0xC8413B;
    private static final int WHITE = 0xFFFFFF;

    private InformationSheetPdf() {
    }

    static byte[] words(InformationSheetTexts t, String childName, Optional<GuardianContact> guardian,
            LocalDate givenOn) {
        try (PdfReport pdf = new PdfReport(t.text("title"), t.locale())) {
            pdf.text(t.text("title"), 20, true, TEAL);
            pdf.space(6);
            pdf.text(t.text("hello", childName), 12, false);
            section(pdf, t.text("guardian.title"));
            pdf.text(t.text("guardian.what"), 11, false);
            pdf.space(4);
            if (guardian.isPresent()) {
                pdf.text(t.text("guardian.yours", guardian.get().name()), 12, true);
                pdf.text(t.text("guardian.reach", guardian.get().reach()), 11, false);
            } else {
                pdf.text(t.text("guardian.none"), 11, true);
            }
            section(pdf, t.text("rights.title"));
            for (int i = 1; i <= 5; i++) {
                pdf.text("• " + t.text("rights." + i), 11, false);
                pdf.space(2);
            }
            section(pdf, t.text("complain.title"));
            pdf.text(t.text("complain.text"), 11, false);
            pdf.space(6);
            pdf.text(t.text("hotline"), 12, true, RED);
            section(pdf, t.text("next.title"));
            pdf.text(t.text("next.text"), 11, false);
            pdf.space(14);
            pdf.text(t.text("footer", givenOn.toString()), 9, false);
            return pdf.bytes();
        }
    }

    private static void section(PdfReport pdf, String title) {
        pdf.space(10);
        pdf.text(title, 14, true, TEAL);
        pdf.space(2);
    }

    /** Seven pictures in two columns, each with its caption; the guardian's name and phone under the first. */
    static byte[] pictures(InformationSheetTexts t, String childName, Optional<GuardianContact> guardian) {
        try (PdfReport pdf = new PdfReport(t.text("pictures.title"), t.locale())) {
            pdf.text(t.text("pictures.title"), 18, true, TEAL);
            pdf.text(childName, 14, true);
            pdf.space(6);
            List<String> keys = List.of("guardian", "safe", "speak", "school", "complain", "phone", "next");
            for (int row = 0; row < (keys.size() + 1) / 2; row++) {
                PdfReport.Block block = pdf.reserve(170);
                for (int column = 0; column < 2 && row * 2 + column < keys.size(); column++) {
                    String key = keys.get(row * 2 + column);
                    float width = block.width() / 2;
                    int slot = pdf.isRightToLeft() ? 1 - column : column;
                    float left = block.left() + slot * width;
                    tile(block.canvas(), key, left, block.top(), width, t, guardian, pdf.isRightToLeft());
                }
            }
            return pdf.bytes();
        }
    }

    private static void tile(PdfCanvas canvas, String key, float left, float top, float width, InformationSheetTexts t,
            Optional<GuardianContact> guardian, boolean rightToLeft) {
        float cx = left + width / 2;
        float cy = top - 62;
        canvas.save().fillColor(SKY).roundedRect(left + 6, top - 162, width - 12, 158, 12).fill().restore();
        canvas.save().roundLines();
        switch (key) {
            case "guardian" -> guardianPicture(canvas, cx, cy);
            case "safe" -> shield(canvas, cx, cy);
            case "speak" -> speech(canvas, cx, cy);
            case "school" -> school(canvas, cx, cy);
            case "complain" -> letter(canvas, cx, cy);
            case "phone" -> phone(canvas, cx, cy);
            default -> plan(canvas, cx, cy);
        }
        canvas.restore();
        canvas.fillColor(INK);
        caption(canvas, t.text("pic." + key), cx, top - 128, width - 24, 12, true, rightToLeft);
        if ("guardian".equals(key) && guardian.isPresent()) {
            caption(canvas, isolated(guardian.get().name()), cx, top - 145, width - 24, 10, false, rightToLeft);
            caption(canvas, isolated(guardian.get().reach()), cx, top - 157, width - 24, 9, false, rightToLeft);
        }
    }

    /** Data in its own direction inside a line of the sheet's (a phone number in an Arabic line). */
    private static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    /** A centred line, made smaller until it fits the width. */
    private static void caption(PdfCanvas canvas, String text, float cx, float baseline, float width, float size,
            boolean bold, boolean rightToLeft) {
        float fitting = size;
        while (fitting > 6 && PdfCanvas.widthOf(text, fitting, bold) > width) {
            fitting -= 0.5f;
        }
        canvas.text(text, cx, baseline, fitting, bold, rightToLeft, PdfCanvas.Align.CENTER);
    }

    private static void person(PdfCanvas canvas, float x, float y, float size, int colour) {
        canvas.fillColor(colour).circle(x, y + size * 0.55f, size * 0.22f).fill();
        canvas.moveTo(x - size * 0.4f, y - size * 0.5f)
                .curveTo(x - size * 0.4f, y + size * 0.2f, x + size * 0.4f, y + size * 0.2f, x + size * 0.4f,
                        y - size * 0.5f)
                .closePath().fill();
    }

    private static void guardianPicture(PdfCanvas canvas, float x, float y) {
        person(canvas, x - 18, y + 4, 52, TEAL);
        person(canvas, x + 22, y - 6, 34, SUN);
        canvas.strokeColor(TEAL).lineWidth(5).moveTo(x - 4, y - 6).lineTo(x + 10, y - 10).stroke();
    }

    private static void shield(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(TEAL).moveTo(x, y + 38).curveTo(x + 16, y + 30, x + 26, y + 30, x + 32, y + 30)
                .curveTo(x + 32, y - 6, x + 20, y - 28, x, y - 40).curveTo(x - 20, y - 28, x - 32, y - 6, x - 32,
                        y + 30)
                .curveTo(x - 26, y + 30, x - 16, y + 30, x, y + 38).fill();
        canvas.strokeColor(WHITE).lineWidth(6).moveTo(x - 14, y).lineTo(x - 3, y - 12).lineTo(x + 16, y + 12)
                .stroke();
    }

    private static void speech(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(TEAL).roundedRect(x - 48, y - 2, 58, 36, 10).fill();
        canvas.moveTo(x - 36, y).lineTo(x - 40, y - 14).lineTo(x - 24, y).closePath().fill();
        canvas.fillColor(SUN).roundedRect(x - 4, y - 34, 52, 32, 10).fill();
        canvas.moveTo(x + 30, y - 32).lineTo(x + 38, y - 44).lineTo(x + 40, y - 32).closePath().fill();
        canvas.fillColor(WHITE);
        for (int dot = 0; dot < 3; dot++) {
            canvas.circle(x - 32 + dot * 13, y + 16, 3.5f).fill();
        }
    }

    private static void school(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(TEAL).rect(x - 52, y - 34, 50, 40).fill();
        canvas.moveTo(x - 58, y + 6).lineTo(x - 27, y + 30).lineTo(x + 4, y + 6).closePath().fill();
        canvas.fillColor(WHITE).rect(x - 34, y - 34, 14, 22).fill();
        canvas.fillColor(WHITE).circle(x + 30, y - 4, 26).fill();
        canvas.fillColor(RED).rect(x + 25, y - 20, 10, 32).fill().rect(x + 14, y - 9, 32, 10).fill();
    }

    private static void letter(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(TEAL).rect(x - 46, y - 26, 70, 48).fill();
        canvas.strokeColor(WHITE).lineWidth(3).moveTo(x - 46, y + 22).lineTo(x - 11, y - 4).lineTo(x + 24, y + 22)
                .stroke();
        canvas.fillColor(SUN).roundedRect(x + 14, y - 38, 34, 28, 4).fill();
        canvas.strokeColor(SUN).lineWidth(5).moveTo(x + 21, y - 12).curveTo(x + 21, y + 8, x + 41, y + 8, x + 41,
                y - 12).stroke();
    }

    private static void phone(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(TEAL).roundedRect(x - 20, y - 40, 40, 78, 8).fill();
        canvas.fillColor(WHITE).rect(x - 15, y - 24, 30, 54).fill();
        canvas.circle(x, y - 32, 4).fill();
        canvas.fillColor(INK).text("116 000", x, y - 2, 9, true, false, PdfCanvas.Align.CENTER);
    }

    private static void plan(PdfCanvas canvas, float x, float y) {
        canvas.fillColor(WHITE).strokeColor(TEAL).lineWidth(3).rect(x - 30, y - 40, 60, 78).fillAndStroke();
        for (int line = 0; line < 3; line++) {
            float ly = y + 20 - line * 22;
            canvas.strokeColor(SUN).lineWidth(4).moveTo(x - 22, ly).lineTo(x - 16, ly - 6).lineTo(x - 6, ly + 6)
                    .stroke();
            canvas.strokeColor(TEAL).lineWidth(3).moveTo(x + 2, ly).lineTo(x + 22, ly).stroke();
        }
    }
}
