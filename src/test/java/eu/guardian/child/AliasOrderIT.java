package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A child's aliases come back in the order they were given, also after a correction reorders them. */
class AliasOrderIT {

    @Test
    void aliasesKeepTheirOrder() {
        String family = uniqueWord();
        List<String> given = List.of("Zainab " + family, "Amina " + family, "Mariam " + family, "سلمى");
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(family), "aliases", given));
        assertEquals(201, registered.status(), registered.body());
        String path = "/api/children/" + registered.id();
        Map<String, Object> file = Api.getAs("caseworker1", path).json();
        assertEquals(given, file.get("aliases"));

        List<String> reordered = List.of("سلمى", "Zainab " + family, "Nour " + family);
        Reply corrected = Api.putAs("caseworker1", path, Map.of("version", file.get("version"),
                "child", with(child(family), "aliases", reordered)));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(reordered, Api.getAs("caseworker1", path).json().get("aliases"));
    }
}
