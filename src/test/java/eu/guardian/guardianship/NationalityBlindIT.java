package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same procedure whatever the nationality (docs/domain-rules.md#same-procedure-whatever-the-nationality; OSCE
 * 2015): an EU child, a third-country child and a stateless child with otherwise equal facts get identical deadlines,
 * eligibility and suggestions.
 */
class NationalityBlindIT {

    @Test
    void euThirdCountryAndStatelessChildrenAreTreatedAlike() {
        Map<String, Object> facts = child("placeholder");
        List<Map<String, Object>> children = List.of(
                with(facts, "familyName", uniqueWord(), "nationalityKind", "COUNTRY", "nationalityCode", "RO",
                        "legalStatuses", List.of(Map.of("kind", "EU_CITIZEN", "validFrom", facts.get("identifiedOn")))),
                with(facts, "familyName", uniqueWord(), "nationalityKind", "COUNTRY", "nationalityCode", "AF",
                        "legalStatuses", List.of(Map.of("kind", "ASYLUM_APPLICANT",
                                "validFrom", facts.get("identifiedOn")))),
                with(facts, "familyName", uniqueWord(), "nationalityKind", "STATELESS", "nationalityCode", null,
                        "legalStatuses", List.of(Map.of("kind", "STATELESS_PERSON",
                                "validFrom", facts.get("identifiedOn")))));

        List<Map<String, Object>> files = children.stream().map(child -> {
            Reply reply = Api.postAs("reception1", "/api/children", child);
            assertEquals(201, reply.status(), reply.body());
            return reply.json();
        }).toList();
        List<List<Object>> suggestions = files.stream().map(file -> Api.getAs("authority1",
                        "/api/children/" + ((Number) file.get("id")).longValue() + "/guardianships/suggestions?limit=20")
                .jsonList().stream().map(s -> s.get("guardianId")).toList()).toList();

        for (int i = 1; i < files.size(); i++) {
            assertEquals(files.get(0).get("interimDueOn"), files.get(i).get("interimDueOn"));
            assertEquals(files.get(0).get("guardianDueOn"), files.get(i).get("guardianDueOn"));
            assertEquals(files.get(0).get("awaitingGuardian"), files.get(i).get("awaitingGuardian"));
            assertEquals(suggestions.get(0), suggestions.get(i), "same suggestions in the same order");
        }
    }
}
