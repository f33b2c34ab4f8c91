package eu.guardian.protection;

import eu.guardian.platform.pdf.PdfReport;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;

/** The handover package as a PDF for people: the same content as the JSON, section by section. */
final class HandoverPdf {

    private HandoverPdf() {
    }

    /**
     * The package for the receiving country's guardian: its keys are English (the JSON's), the child's data in their
     * own scripts (names in Ge'ez or Arabic script stay as written).
     */
    static byte[] render(JsonObject handoverPackage, String title) {
        try (PdfReport pdf = new PdfReport(title, Locale.ENGLISH)) {
            pdf.heading(title);
            for (Map.Entry<String, JsonValue> section : handoverPackage.entrySet()) {
                pdf.subheading(section.getKey());
                pdf.space(3);
                JsonValue value = section.getValue();
                if (value instanceof JsonObject object) {
                    table(pdf, object);
                } else if (value instanceof JsonArray array) {
                    if (array.isEmpty()) {
                        pdf.paragraph("-");
                    }
                    for (JsonValue item : array) {
                        if (item instanceof JsonObject object) {
                            table(pdf, object);
                        } else {
                            pdf.paragraph(text(item));
                        }
                    }
                } else {
                    pdf.paragraph(text(value));
                }
            }
            return pdf.bytes();
        }
    }

    private static void table(PdfReport pdf, JsonObject object) {
        PdfReport.Table table = pdf.table(9, 1, 2);
        object.forEach((key, value) -> table.row(key, text(value)));
        table.end();
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonArray array) {
            return String.join(", ", array.stream().map(HandoverPdf::text).toList());
        }
        return value.toString();
    }
}
