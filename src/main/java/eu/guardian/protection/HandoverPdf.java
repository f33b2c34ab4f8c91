package eu.guardian.protection;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/** The handover package as a PDF for people: the same content as the JSON, section by section. */
final class HandoverPdf {

    private HandoverPdf() {
    }

    static byte[] render(JsonObject handoverPackage, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font sub = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(title, heading));
        for (Map.Entry<String, JsonValue> section : handoverPackage.entrySet()) {
            Paragraph name = new Paragraph(section.getKey(), sub);
            name.setSpacingBefore(10);
            document.add(name);
            JsonValue value = section.getValue();
            if (value instanceof JsonObject object) {
                document.add(table(object, body));
            } else if (value instanceof JsonArray array) {
                if (array.isEmpty()) {
                    document.add(new Paragraph("-", body));
                }
                for (JsonValue item : array) {
                    if (item instanceof JsonObject object) {
                        PdfPTable table = table(object, body);
                        table.setSpacingAfter(4);
                        document.add(table);
                    } else {
                        document.add(new Paragraph(text(item), body));
                    }
                }
            } else {
                document.add(new Paragraph(text(value), body));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(JsonObject object, Font font) {
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        object.forEach((key, value) -> {
            table.addCell(new Paragraph(key, font));
            table.addCell(new Paragraph(text(value), font));
        });
        return table;
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
