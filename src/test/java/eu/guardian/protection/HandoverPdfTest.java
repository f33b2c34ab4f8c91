package eu.guardian.protection;

import eu.guardian.platform.pdf.PdfContents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handover package for the receiving country's guardian keeps the child's name in Ge'ez and Arabic script. */
class HandoverPdfTest {

    @Test
    void theChildsNamesInEveryScriptReachTheReceivingGuardian() {
        List<String> names = List.of("ዮናስ ተስፋይ", "محمد عبد الله", "Олександр Шевченко", "Γιώργος Παπαδόπουλος");
        JsonObject pack = Json.createObjectBuilder()
                .add("child", Json.createObjectBuilder().add("givenNames", names.get(0)).add("familyName", names.get(1))
                        .add("aliases", names.get(2) + ", " + names.get(3)))
                .add("carePlan", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "SCHOOL_ENROLMENT")
                        .add("outcome", "يذهب إلى المدرسة")))
                .add("withheld", Json.createArrayBuilder()).build();
        byte[] pdf = HandoverPdf.render(pack, "Handover package");
        PdfContents.assertScriptsIntact(pdf, List.of(names.get(0), names.get(1), names.get(2), names.get(3),
                "يذهب إلى المدرسة"));
    }
}
