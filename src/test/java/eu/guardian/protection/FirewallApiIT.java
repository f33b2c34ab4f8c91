package eu.guardian.protection;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The immigration firewall through the real API (issue 12, docs/firewall.md): recipients come from the authority's
 * counterpart registry, enforcement kinds and the police never receive, free text is read however it is spelt, every
 * refusal answers 403, stores nothing and is recorded with the child; an "other" recipient waits for the authority.
 */
class FirewallApiIT {

    private static long register() {
        Reply reply = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    /** A registry entry with a unique name (the tests run twice on one database). */
    static long counterpart(String name, String kind, String country) {
        Reply reply = Api.postAs("authority1", "/api/counterparts", Map.of("name", name + " " + uniqueWord(), "kind",
                kind, "country", country));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    private static Map<String, Object> handover(Object... keysAndValues) {
        Map<String, Object> handover = new HashMap<>(Map.of("purpose", "CROSS_BORDER_CARE_HANDOVER",
                "childConsent", true));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            handover.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return handover;
    }

    private static Map<String, Object> referral(Object... keysAndValues) {
        Map<String, Object> referral = new HashMap<>(Map.of("agencyKind", "SOCIAL_SERVICES", "purpose",
                "Support", "guardianConsent", true));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            referral.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return referral;
    }

    private static Map<String, Object> tracing(Object... keysAndValues) {
        Map<String, Object> tracing = new HashMap<>(Map.of("relatives", "Mother"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tracing.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return tracing;
    }

    private static List<Map<String, Object>> denied(long childId) {
        Reply reply = Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=DENIED&size=200");
        assertEquals(200, reply.status(), reply.body());
        return reply.items().stream().filter(e -> "Disclosure".equals(e.get("objectType"))).toList();
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("US ICE as a handover recipient", "handovers",
                        handover("recipient", "U.S. Immigration and Customs Enforcement (ICE)", "recipientCountry", "US")),
                Arguments.of("hyphenated", "handovers",
                        handover("recipient", "Immigration-Enforcement", "recipientCountry", "GB")),
                Arguments.of("no-break space inside a word", "handovers",
                        handover("recipient", "Depor\u00A0tation office", "recipientCountry", "GB")),
                Arguments.of("zero-width space inside a word", "referrals",
                        referral("agencyName", "Immigration Enf\u200Borcement")),
                Arguments.of("umlauts transliterated", "referrals", referral("agencyName", "Auslaenderbehoerde Koeln")),
                Arguments.of("Rueckfuehrung in the purpose note", "handovers", handover("recipient", "Jugendamt",
                        "recipientCountry", "DE", "purposeNote", "Zur Rueckfuehrung")),
                Arguments.of("Cyrillic letter in a Latin word", "referrals", referral("agencyName", "D\u0435portation")),
                Arguments.of("deportation order as legal basis", "handovers", handover("recipient", "Jugendamt Wien",
                        "recipientCountry", "AT", "legalBasis", "deportation order")),
                Arguments.of("referral to a Deportation Unit", "referrals", referral("agencyName", "Deportation Unit")),
                Arguments.of("tracing addressed to the federal police", "tracing-requests",
                        tracing("addressedTo", "Bundespolizei, Referat 3")),
                Arguments.of("tracing to the Greek aliens police", "tracing-requests",
                        tracing("addressedTo", "Τμήμα Αλλοδαπών Αθηνών")),
                Arguments.of("enforcement purpose", "handovers", handover("recipient", "Anyone", "recipientCountry",
                        "DE", "purpose", "IMMIGRATION_ENFORCEMENT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariantIsRefusedStoresNothingAndIsRecordedWithTheChild(String variant, String path,
            Map<String, Object> body) {
        long childId = register();
        Reply refused = Api.postAs("caseworker1", "/api/children/" + childId + "/" + path, body);
        assertEquals(403, refused.status(), variant + ": " + refused.body());
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/" + path).jsonList(),
                "nothing stored");
        List<Map<String, Object>> denied = denied(childId);
        assertEquals(1, denied.size(), variant + ": " + denied);
        assertEquals("caseworker1", denied.get(0).get("username"));
    }

    @Test
    void enforcementKindsAndThePoliceNeverReceiveEvenFromTheRegistry() {
        long childId = register();
        long immigration = counterpart("Immigration Service", "IMMIGRATION_ENFORCEMENT", "DE");
        long border = counterpart("Frontier Service", "BORDER_POLICE", "IT");
        long police = counterpart("Police station", "POLICE", "DE");
        assertEquals(403, Api.postAs("caseworker1", "/api/children/" + childId + "/tracing-requests",
                tracing("counterpartId", immigration)).status(), "tracing addressed to an enforcement agency");
        assertEquals(403, Api.postAs("caseworker1", "/api/children/" + childId + "/handovers",
                handover("counterpartId", border)).status());
        assertEquals(403, Api.postAs("caseworker1", "/api/children/" + childId + "/referrals",
                referral("counterpartId", police)).status(), "the police receive missing-child reports only");
        assertEquals(3, denied(childId).size(), "each refusal recorded with the child");

        String registered = Api.getAs("authority1", "/api/counterparts/" + immigration).json().get("name").toString();
        Reply byName = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals",
                referral("agencyName", registered.toUpperCase().replace(' ', '-')));
        assertEquals(403, byName.status(), "a registered enforcement body is refused by name, however written");
        assertEquals(4, denied(childId).size());

        long court = counterpart("Family court", "COURT", "AT");
        Reply wrongKind = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals",
                referral("counterpartId", court));
        assertEquals(400, wrongKind.status(), "a court receives handovers, not referrals: " + wrongKind.body());
        assertTrue(wrongKind.body().contains("\"field\":\"counterpartId\""), wrongKind.body());
    }

    @Test
    void theRegistryIsKeptByTheAuthorityAndRefusesEnforcementNamesUnderReceivingKinds() {
        assertEquals(403, Api.postAs("caseworker1", "/api/counterparts", Map.of("name", "X " + uniqueWord(), "kind",
                "NGO", "country", "DE")).status(), "only the authority keeps the registry");
        Reply disguised = Api.postAs("authority1", "/api/counterparts", Map.of("name", "Abschiebung Nord "
                + uniqueWord(), "kind", "NGO", "country", "DE"));
        assertEquals(400, disguised.status(), disguised.body());
        assertTrue(disguised.body().contains("\"field\":\"name\""), disguised.body());
        String name = "Refugio " + uniqueWord();
        Reply created = Api.postAs("authority1", "/api/counterparts", Map.of("name", name, "kind", "HEALTH_SERVICE",
                "country", "DE"));
        assertEquals(201, created.status(), created.body());
        assertEquals(409, Api.postAs("authority1", "/api/counterparts", Map.of("name", name, "kind",
                "HEALTH_SERVICE", "country", "DE")).status(), "once per name and country");
        List<Map<String, Object>> forHandover = Api.getAs("caseworker1", "/api/counterparts?receives=HANDOVER&name="
                + name.split(" ")[1]).items();
        assertEquals(List.of(), forHandover, "a health service receives no handover");
        List<Map<String, Object>> forReferral = Api.getAs("caseworker1", "/api/counterparts?receives=REFERRAL&name="
                + name.split(" ")[1]).items();
        assertEquals(1, forReferral.size(), forReferral.toString());
        Reply retired = Api.putAs("authority1", "/api/counterparts/" + created.id(), Map.of("version",
                created.json().get("version"), "name", name, "kind", "HEALTH_SERVICE", "country", "DE", "active",
                false));
        assertEquals(200, retired.status(), retired.body());
        assertEquals(List.of(), retired.json().get("receives"), "a retired entry is offered for nothing");
        assertEquals(400, Api.getAs("caseworker1", "/api/counterparts?kind=SPY").status());
    }

    @Test
    void anOtherRecipientWaitsForTheAuthorityWhoApprovesOrRefuses() {
        long childId = register();
        Reply handover = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers",
                handover("recipient", "Kinder- und Jugendhilfe Graz " + uniqueWord(), "recipientCountry", "AT"));
        assertEquals(201, handover.status(), handover.body());
        assertEquals("AWAITING_APPROVAL", handover.json().get("status"));
        assertEquals(null, handover.json().get("counterpartId"), "other: no registry entry");
        String base = "/api/children/" + childId + "/handovers/" + handover.id();
        assertEquals(409, Api.getAs("caseworker1", base + "/package").status(), "the package waits");
        assertEquals(409, Api.postAs("caseworker1", base + "/confirmation", Map.of()).status());

        Reply referral = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals",
                referral("agencyName", "Verein Lernhilfe " + uniqueWord()));
        assertEquals(201, referral.status(), referral.body());
        assertEquals("AWAITING_APPROVAL", referral.json().get("status"));

        List<Map<String, Object>> pending = Api.getAs("authority1", "/api/disclosure-approvals?size=200").items()
                .stream().filter(a -> ((Number) a.get("childId")).longValue() == childId).toList();
        assertEquals(2, pending.size(), pending.toString());
        assertEquals(403, Api.getAs("caseworker1", "/api/disclosure-approvals").status());
        Map<String, Object> forHandover = pending.stream().filter(a -> "HANDOVER".equals(a.get("disclosure")))
                .findFirst().orElseThrow();
        Map<String, Object> forReferral = pending.stream().filter(a -> "REFERRAL".equals(a.get("disclosure")))
                .findFirst().orElseThrow();
        String approveHandover = "/api/disclosure-approvals/" + ((Number) forHandover.get("id")).longValue()
                + "/decision";
        assertEquals(403, Api.postAs("caseworker1", approveHandover, Map.of("approved", true)).status(),
                "the authority decides");
        Reply approved = Api.postAs("authority1", approveHandover, Map.of("approved", true));
        assertEquals(200, approved.status(), approved.body());
        assertEquals(409, Api.postAs("authority1", approveHandover, Map.of("approved", false, "note", "x")).status(),
                "decided once");
        assertEquals(200, Api.getAs("caseworker1", base + "/package").status(), "released");
        assertEquals("PREPARED", Api.getAs("caseworker1", "/api/children/" + childId + "/handovers").jsonList()
                .get(0).get("status"));

        String refuseReferral = "/api/disclosure-approvals/" + ((Number) forReferral.get("id")).longValue()
                + "/decision";
        Reply withoutReason = Api.postAs("authority1", refuseReferral, Map.of("approved", false));
        assertEquals(400, withoutReason.status(), withoutReason.body());
        assertEquals(200, Api.postAs("authority1", refuseReferral, Map.of("approved", false, "note",
                "Unknown association")).status());
        Map<String, Object> refused = Api.getAs("caseworker1", "/api/children/" + childId + "/referrals").jsonList()
                .get(0);
        assertEquals("NOT_APPROVED", refused.get("status"));
        assertFalse(Api.getAs("authority1", "/api/disclosure-approvals?size=200").items().stream()
                .anyMatch(a -> ((Number) a.get("childId")).longValue() == childId), "nothing left waiting");
    }
}
