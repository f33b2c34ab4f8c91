package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.pdf.PdfContents;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit export for an inspection keeps what the trail recorded in any script, and its own labels in Arabic. */
class AuditPdfTest {

    static final List<String> NAMES = List.of("ዮናስ ተስፋይ", "محمد عبد الله", "Олександр Шевченко",
            "Γιώργος Παπαδόπουλος");
    private static final MacKey KEY = MacKey.of("k1", Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void namesInEveryScriptAndTheArabicLabelsAreExtractedExactlyWithAGlyphForEach() throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            entries.add(entry(100 - i, "givenNames: \"\" → \"" + NAMES.get(i) + "\""));
        }
        AuditConsole.Filter filter = new AuditConsole.Filter(Optional.empty(), Optional.of(7L), Optional.empty(),
                Optional.empty(), Optional.empty());
        Locale arabic = Locale.forLanguageTag("ar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] written = {0};
        AuditPdf.write((before, size) -> before == AuditConsole.ExportCursor.START ? entries : List.of(), filter,
                arabic, Instant.parse("2026-12-03T12:00:00Z"), out, count -> written[0] = count);
        List<String> expected = new ArrayList<>(NAMES);
        expected.add(Messages.text(arabic, "audit.title", List.of()));
        expected.add(Messages.text(arabic, "audit.username", List.of()));
        PdfContents.assertScriptsIntact(out.toByteArray(), expected);
        assertEquals(NAMES.size(), written[0]);
    }

    private static AuditEntry entry(long id, String details) throws ReflectiveOperationException {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-28T12:00:00Z"), "caseworker1", "caseworker",
                AuditAction.UPDATE, "Child", Optional.of("7"), Optional.of(7L), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(details), AuditEntry.GENESIS, KEY);
        Field field = AuditEntry.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entry, id); // as the database numbers it
        return entry;
    }
}
