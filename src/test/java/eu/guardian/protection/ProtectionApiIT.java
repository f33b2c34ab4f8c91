package eu.guardian.protection;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Protection through the REST API with real tokens: screening and the NRM, missing children and the police deadline,
 * consent-gated referrals, the handover round trip, the immigration firewall, and who may see what.
 */
class ProtectionApiIT {

    private static long register(Map<String, Object> child) {
        Reply reply = Api.postAs("caseworker1", "/api/children", child);
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    private static long appointGuardian1(long childId) {
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        return appointed.id();
    }

    private static void dischargeGuardianship(long guardianshipId) {
        assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                discharge("OTHER")).status(), "clean-up keeps guardian1's caseload as it was");
    }

    /** Every indicator answered "no", except those given as "yes". */
    static Map<String, Object> screening(Indicator... yes) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            boolean isYes = List.of(yes).contains(indicator);
            answers.add(Map.of("indicator", indicator.name(), "answer", isYes ? "YES" : "NO", "note",
                    isYes ? "seen at interview" : ""));
        }
        Map<String, Object> screening = new HashMap<>();
        screening.put("occasion", "REGISTRATION");
        screening.put("answers", answers);
        return screening;
    }

    private static Map<String, Object> missingReport(boolean withPolice) {
        Map<String, Object> report = new HashMap<>();
        report.put("reportedBy", "Night staff, Dormitory B");
        report.put("lastSeenAt", Instant.now().minusSeconds(3 * 3600).toString());
        report.put("lastSeenPlace", "Central station");
        report.put("lastSeenWearing", "Red jacket");
        report.put("lastSeenWith", "Two older boys");
        report.put("riskLevel", "HIGH");
        if (withPolice) {
            report.put("police", Map.of("notifiedAt", Instant.now().minusSeconds(60).toString(), "station",
                    "Police station Mitte", "reference", "P-" + uniqueWord()));
        }
        return report;
    }

    private static List<Map<String, Object>> audit(long childId) {
        Reply reply = Api.getAs("auditor1", "/api/audit?childId=" + childId + "&size=200");
        assertEquals(200, reply.status(), reply.body());
        return reply.items();
    }

    private static List<Map<String, Object>> allItems(String user, String path) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Reply reply = Api.getAs(user, path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            all.addAll(reply.items());
            if (reply.items().size() < 200) {
                break;
            }
        }
        return all;
    }

    @Test
    void strongIndicationsReferToTheNrmAddThePresumedVictimStatusAndMakeABiaReviewDue() {
        long childId = register(child(uniqueWord()));
        long guardianship = appointGuardian1(childId);
        try {
            assertTrue(allItems("guardian1", "/api/protection/not-screened").stream()
                    .anyMatch(row -> ((Number) row.get("childId")).longValue() == childId), "due at registration");

            Map<String, Object> input = with(screening(Indicator.DEBT_BONDAGE), "nrmReference", "NRM-" + uniqueWord());
            Reply screened = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings", input);
            assertEquals(201, screened.status(), screened.body());
            assertEquals("STRONG_INDICATIONS", screened.json().get("result"));
            @SuppressWarnings("unchecked")
            Map<String, Object> nrm = (Map<String, Object>) screened.json().get("nrmReferral");
            assertNotNull(nrm, "a positive screening refers the child to the NRM");
            assertEquals(Screenings.DEFAULT_NRM_AGENCY, nrm.get("agency"));
            assertEquals(input.get("nrmReference"), nrm.get("reference"));
            assertEquals("PENDING", nrm.get("outcome"));
            assertFalse(LocalDate.parse((String) nrm.get("reflectionEndsOn")).isBefore(LocalDate.now().plusDays(30)),
                    "the recovery and reflection period lasts at least 30 days");

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statuses = (List<Map<String, Object>>) Api.getAs("caseworker1",
                    "/api/children/" + childId).json().get("legalStatuses");
            assertTrue(statuses.stream().anyMatch(s -> "PRESUMED_TRAFFICKING_VICTIM".equals(s.get("kind"))),
                    statuses.toString());

            assertTrue(audit(childId).stream().anyMatch(e -> "ReviewTrigger".equals(e.get("objectType"))
                    && String.valueOf(e.get("details")).contains("POSITIVE_TRAFFICKING_SCREENING")),
                    "the BIA review trigger was fired (and observed)");
            assertFalse(allItems("guardian1", "/api/protection/not-screened").stream()
                    .anyMatch(row -> ((Number) row.get("childId")).longValue() == childId), "screened now");

            Reply outcome = Api.putAs("caseworker1", "/api/children/" + childId + "/screenings/nrm-referrals/"
                    + ((Number) nrm.get("id")).longValue(), Map.of("outcome", "IDENTIFIED_AS_VICTIM",
                    "reference", "NRM-1"));
            assertEquals(200, outcome.status(), outcome.body());
            assertEquals("IDENTIFIED_AS_VICTIM", outcome.json().get("outcome"));
        } finally {
            dischargeGuardianship(guardianship);
        }
    }

    @Test
    void aCaseworkerOverridesAResultWithAReasonAndNoIndicationsMakeNoReferral() {
        long childId = register(child(uniqueWord()));
        Reply screened = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings",
                screening());
        assertEquals(201, screened.status(), screened.body());
        assertEquals("NO_INDICATION", screened.json().get("result"));
        assertNull(screened.json().get("nrmReferral"));
        long screeningId = screened.id();

        Reply withoutReason = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings/" + screeningId
                + "/override", Map.of("result", "INDICATIONS"));
        assertEquals(400, withoutReason.status(), withoutReason.body());
        Reply overridden = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings/" + screeningId
                + "/override", Map.of("result", "INDICATIONS", "reason", "Spoke of a debt to the smuggler"));
        assertEquals(200, overridden.status(), overridden.body());
        assertEquals("INDICATIONS", overridden.json().get("result"));
        assertEquals("NO_INDICATION", overridden.json().get("computedResult"));
        assertNotNull(overridden.json().get("nrmReferral"), "raised to indications: referred");
        assertEquals(403, Api.postAs("authority1", "/api/children/" + childId + "/screenings/" + screeningId
                + "/override", Map.of("result", "NO_INDICATION", "reason", "x")).status(), "caseworkers only");
    }

    @Test
    void aMissingReportWithoutPoliceNotificationIsOverdueTheSameDayAndAReturnMakesAScreeningDue() {
        long withoutPolice = register(child(uniqueWord()));
        long withPolice = register(child(uniqueWord()));
        long g1 = appointGuardian1(withoutPolice);
        long g2 = appointGuardian1(withPolice);
        try {
            assertEquals(201, Api.postAs("caseworker1", "/api/children/" + withoutPolice + "/screenings",
                    screening()).status());
            Reply reported = Api.postAs("caseworker1", "/api/children/" + withoutPolice + "/missing-episodes",
                    missingReport(false));
            assertEquals(201, reported.status(), reported.body());
            assertEquals(true, reported.json().get("policeOverdue"));
            long episodeId = reported.id();
            Reply reportedWithPolice = Api.postAs("caseworker1", "/api/children/" + withPolice + "/missing-episodes",
                    missingReport(true));
            assertEquals(201, reportedWithPolice.status(), reportedWithPolice.body());
            assertEquals(false, reportedWithPolice.json().get("policeOverdue"));
            assertEquals(409, Api.postAs("caseworker1", "/api/children/" + withPolice + "/missing-episodes",
                    missingReport(true)).status(), "one open episode at a time");

            // the child's guardian sees the open episodes of their wards, with the hours and the overdue police
            List<Map<String, Object>> open = Api.getAs("guardian1", "/api/protection/missing?size=200").items();
            Map<String, Object> row = open.stream().filter(r -> ((Number) r.get("childId")).longValue()
                    == withoutPolice).findFirst().orElseThrow(() -> new AssertionError(open.toString()));
            assertEquals(true, row.get("policeOverdue"));
            assertEquals(false, row.get("policeNotified"));
            assertTrue(((Number) row.get("hoursElapsed")).longValue() >= 2, row.toString());
            assertTrue(open.stream().anyMatch(r -> ((Number) r.get("childId")).longValue() == withPolice
                    && Boolean.FALSE.equals(r.get("policeOverdue"))));
            assertFalse(Api.getAs("guardian2", "/api/protection/missing?size=200").items().stream()
                    .anyMatch(r -> ((Number) r.get("childId")).longValue() == withoutPolice), "not guardian2's ward");
            assertEquals(403, Api.getAs("reception1", "/api/protection/missing").status());

            Reply police = Api.postAs("caseworker1", "/api/children/" + withoutPolice + "/missing-episodes/"
                    + episodeId + "/police", Map.of("notifiedAt", Instant.now().toString(), "station", "Mitte",
                    "reference", "P-123"));
            assertEquals(200, police.status(), police.body());
            assertEquals("P-123", police.json().get("policeReference"));
            assertEquals(true, police.json().get("policeOverdue"), "notified late stays on the record as late");

            Reply returned = Api.postAs("caseworker1", "/api/children/" + withoutPolice + "/missing-episodes/"
                    + episodeId + "/return", Map.of("returnedAt", Instant.now().toString(), "place", "Central station",
                    "how", "Found by the police", "debrief", "Slept at a friend's place"));
            assertEquals(200, returned.status(), returned.body());
            assertEquals("RETURNED", returned.json().get("status"));
            assertTrue(audit(withoutPolice).stream().anyMatch(e -> "ReviewTrigger".equals(e.get("objectType"))
                    && String.valueOf(e.get("details")).contains("RETURN_FROM_MISSING")));
            assertTrue(allItems("guardian1", "/api/protection/not-screened").stream().anyMatch(r ->
                    ((Number) r.get("childId")).longValue() == withoutPolice && r.get("returnedAt") != null),
                    "a return from missing makes a new screening due");
            assertEquals(1, Api.getAs("guardian1", "/api/children/" + withPolice + "/missing-episodes").jsonList()
                    .size(), "episodes visible to the child's guardian");
        } finally {
            for (long childId : List.of(withoutPolice, withPolice)) {
                List<Map<String, Object>> episodes = Api.getAs("caseworker1", "/api/children/" + childId
                        + "/missing-episodes").jsonList();
                episodes.stream().filter(e -> "OPEN".equals(e.get("status"))).forEach(e -> Api.postAs("caseworker1",
                        "/api/children/" + childId + "/missing-episodes/" + ((Number) e.get("id")).longValue()
                                + "/return", Map.of("returnedAt", Instant.now().toString(), "place", "Centre",
                                "how", "Came back")));
            }
            dischargeGuardianship(g1);
            dischargeGuardianship(g2);
        }
    }

    @Test
    void aReferralWithoutConsentIsRefusedAndNothingIsStored() {
        long childId = register(child(uniqueWord()));
        Map<String, Object> referral = new HashMap<>(Map.of("agencyKind", "MENTAL_HEALTH", "counterpartId",
                FirewallApiIT.counterpart("Refugio Munich", "HEALTH_SERVICE", "DE"), "purpose", "Trauma therapy"));
        Reply refused = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals", referral);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"consent\""), refused.body());
        assertTrue(refused.body().contains("No referral without consent"), refused.body());
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/referrals").jsonList());

        Reply sent = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals",
                with(referral, "childConsent", true, "sentOn", LocalDate.now().minusDays(40).toString()));
        assertEquals(201, sent.status(), sent.body());
        assertEquals("SENT", sent.json().get("status"));
        assertEquals(true, sent.json().get("overdue"), "unanswered long after it was sent");
        assertTrue(allItems("caseworker1", "/api/protection/overdue-referrals").stream()
                .anyMatch(r -> ((Number) r.get("referralId")).longValue() == sent.id()));

        Reply accepted = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals/" + sent.id()
                + "/answer", Map.of("accepted", true));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(false, accepted.json().get("overdue"));
        Reply completed = Api.postAs("caseworker1", "/api/children/" + childId + "/referrals/" + sent.id()
                + "/completion", Map.of("outcome", "Twelve sessions, stable"));
        assertEquals(200, completed.status(), completed.body());
        assertEquals("COMPLETED", completed.json().get("status"));
    }

    @Test
    void aConfidentialTracingRequestIsHiddenFromReception() {
        long childId = register(with(child(uniqueWord()), "centreId", 1)); // reception1's centre
        Reply traced = Api.postAs("caseworker1", "/api/children/" + childId + "/tracing-requests", Map.of(
                "counterpartId", FirewallApiIT.counterpart("Afghan Red Crescent tracing service",
                        "FAMILY_TRACING_SERVICE", "AF"), "relatives", "Mother, two sisters",
                "confidential", true, "reunificationBidId", 424242));
        assertEquals(201, traced.status(), traced.body());
        assertEquals(1, Api.getAs("caseworker1", "/api/children/" + childId + "/tracing-requests").jsonList().size());
        Reply reception = Api.getAs("reception1", "/api/children/" + childId + "/tracing-requests");
        assertEquals(200, reception.status(), reception.body());
        assertEquals(List.of(), reception.jsonList(), "confidential: not for reception");
        Reply update = Api.postAs("caseworker1", "/api/children/" + childId + "/tracing-requests/" + traced.id()
                + "/updates", Map.of("note", "Message delivered"));
        assertEquals(200, update.status(), update.body());
        Reply outcome = Api.postAs("caseworker1", "/api/children/" + childId + "/tracing-requests/" + traced.id()
                + "/outcome", Map.of("outcome", "CONTACT_ESTABLISHED"));
        assertEquals(200, outcome.status(), outcome.body());
        assertEquals(424242L, ((Number) outcome.json().get("reunificationBidId")).longValue());
    }

    @Test
    void theHandoverPackageLeavesOutWhatIsNotForSharingAndReimportsIntoAnEqualCase() {
        String family = uniqueWord();
        Map<String, Object> original = with(child(family), "aliases", List.of("Amena " + family),
                "legalStatuses", List.of(Map.of("kind", "ASYLUM_APPLICANT", "validFrom",
                        LocalDate.now().minusDays(2).toString())));
        long childId = register(original);
        assertEquals(200, Api.postAs("caseworker1", "/api/children/" + childId + "/age-assessments", Map.of(
                "method", "INTERVIEW", "assessedOn", LocalDate.now().minusDays(1).toString(), "minimumAge", 14,
                "maximumAge", 16)).status());
        assertEquals(201, Api.postAs("caseworker1", "/api/children/" + childId + "/care-plan",
                Map.of("type", "SCHOOL_ENROLMENT", "agency", "Schulamt")).status());
        Reply marked = Api.postAs("caseworker1", "/api/children/" + childId + "/not-for-sharing",
                Map.of("part", "BIRTH_DATE", "reason", "Disputed; the child asked us not to pass it on"));
        assertEquals(200, marked.status(), marked.body());

        Map<String, Object> handover = new HashMap<>(Map.of("counterpartId",
                FirewallApiIT.counterpart("Jugendamt Wien", "CHILD_PROTECTION_SERVICE", "AT"),
                "purpose", "CROSS_BORDER_CARE_HANDOVER", "purposeNote", "The child moves to the aunt in Vienna"));
        Reply withoutConsent = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers", handover);
        assertEquals(400, withoutConsent.status(), withoutConsent.body());
        assertTrue(withoutConsent.body().contains("\"field\":\"consent\""));
        Reply prepared = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers",
                with(handover, "childConsent", true, "guardianConsent", true));
        assertEquals(201, prepared.status(), prepared.body());
        long handoverId = prepared.id();

        Reply json = Api.getAs("caseworker1", "/api/children/" + childId + "/handovers/" + handoverId + "/package");
        assertEquals(200, json.status(), json.body());
        Map<String, Object> pack = json.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> packedChild = (Map<String, Object>) pack.get("child");
        assertFalse(packedChild.containsKey("birthDate"), "not for sharing: left out");
        assertFalse(json.body().contains((String) original.get("birthDate")), "nowhere in the package");
        assertEquals(List.of("BIRTH_DATE"), pack.get("withheld"));
        assertTrue(json.body().contains("\"type\":\"SCHOOL_ENROLMENT\""), "the care plan travels: " + json.body());
        assertTrue(pack.containsKey("bestInterests"), json.body());
        assertEquals(family, packedChild.get("familyName"));
        assertTrue(audit(childId).stream().anyMatch(e -> "EXPORT".equals(e.get("action"))
                && "Handover".equals(e.get("objectType")) && String.valueOf(e.get("details")).contains("Jugendamt Wien")),
                "purpose and recipient recorded as an export");

        Reply pdf = Api.getAs("caseworker1", "/api/children/" + childId + "/handovers/" + handoverId + "/package.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");

        Reply imported = Api.postAs("caseworker1", "/api/handovers/import?placementKind=FOSTER_FAMILY&place=Aunt",
                pack);
        assertEquals(201, imported.status(), imported.body());
        long copyId = ((Number) imported.json().get("id")).longValue();
        Map<String, Object> source = Api.getAs("caseworker1", "/api/children/" + childId).json();
        Map<String, Object> copy = Api.getAs("caseworker1", "/api/children/" + copyId).json();
        for (String field : List.of("givenNames", "familyName", "aliases", "sex", "nationalityKind",
                "nationalityCode", "otherCitizenships", "languages", "preferredLanguage", "identifiedOn",
                "identifiedPlace", "region", "legalStatuses", "ageAssessments", "ageUsed")) {
            Object expected = source.get(field) instanceof List<?> list && (list.isEmpty()
                    || list.get(0) instanceof String) ? new java.util.HashSet<>(list) : source.get(field);
            Object actual = copy.get(field) instanceof List<?> list && (list.isEmpty()
                    || list.get(0) instanceof String) ? new java.util.HashSet<>(list) : copy.get(field);
            if (field.equals("ageAssessments")) { // each file numbers its own records
                expected = withoutIds((List<?>) expected);
                actual = withoutIds((List<?>) actual);
            }
            assertEquals(expected, actual, field);
        }
        assertNull(copy.get("birthDate"), "what was not shared did not arrive");
        assertTrue(copyId != childId);

        Reply confirmed = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers/" + handoverId
                + "/confirmation", Map.of());
        assertEquals(200, confirmed.status(), confirmed.body());
        Map<String, Object> closed = Api.getAs("caseworker1", "/api/children/" + childId).json();
        assertEquals("CLOSED", closed.get("status"));
        assertEquals("TRANSFERRED_ABROAD", closed.get("closureReason"));
    }

    @Test
    void anImmigrationEnforcementExportIsRefusedAndRecordedForTheAuditor() {
        long childId = register(child(uniqueWord()));
        Reply refused = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers", Map.of(
                "recipient", "Federal Office, removals unit", "recipientCountry", "DE",
                "purpose", "IMMIGRATION_ENFORCEMENT", "childConsent", true));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("never disclosed for immigration enforcement"), refused.body());
        Reply disguised = Api.postAs("caseworker1", "/api/children/" + childId + "/handovers", Map.of(
                "recipient", "Border office", "recipientCountry", "DE", "purpose", "OTHER",
                "purposeNote", "Needed for the deportation procedure", "guardianConsent", true));
        assertEquals(403, disguised.status(), disguised.body());

        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/handovers").jsonList(),
                "nothing was prepared");
        List<Map<String, Object>> denied = audit(childId).stream().filter(e -> "DENIED".equals(e.get("action"))
                && "Disclosure".equals(e.get("objectType"))).toList();
        assertEquals(2, denied.size(), denied.toString());
        assertTrue(String.valueOf(denied.get(denied.size() - 1).get("details")).contains("IMMIGRATION_ENFORCEMENT")
                || String.valueOf(denied.get(0).get("details")).contains("IMMIGRATION_ENFORCEMENT"));
        assertTrue(denied.stream().allMatch(e -> "caseworker1".equals(e.get("username"))));
    }

    @Test
    void guardian2CannotSeeTheScreeningsOfGuardian1sWard() {
        long childId = register(child(uniqueWord()));
        long guardianship = appointGuardian1(childId);
        try {
            Reply byGuardian = Api.postAs("guardian1", "/api/children/" + childId + "/screenings", screening());
            assertEquals(201, byGuardian.status(), byGuardian.body());
            assertEquals(200, Api.getAs("guardian1", "/api/children/" + childId + "/screenings").status());
            Reply other = Api.getAs("guardian2", "/api/children/" + childId + "/screenings");
            assertEquals(404, other.status(), other.body());
            assertFalse(other.body().contains("NO_INDICATION"));
            assertEquals(404, Api.postAs("guardian2", "/api/children/" + childId + "/screenings", screening())
                    .status());
            assertEquals(404, Api.getAs("guardian2", "/api/children/" + childId + "/missing-episodes").status());
            assertEquals(403, Api.getAs("admin1", "/api/children/" + childId + "/screenings").status(),
                    "administrators see no child's data");
            assertEquals(1, Api.getAs("caseworker1", "/api/children/" + childId + "/screenings").jsonList().size());
        } finally {
            dischargeGuardianship(guardianship);
        }
    }

    @Test
    void badInputIsRefusedWithMessagesAndNothingIsStored() {
        long childId = register(child(uniqueWord()));
        Map<String, Object> bad = screening();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) bad.get("answers"));
        answers.remove(0);
        answers.set(0, Map.of("indicator", "NOT_AN_INDICATOR", "answer", "MAYBE"));
        Reply screeningReply = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings",
                with(bad, "answers", answers), "de");
        assertEquals(400, screeningReply.status(), screeningReply.body());
        assertTrue(screeningReply.body().contains("answers.indicator"), screeningReply.body());
        assertTrue(screeningReply.body().contains("answers.answer"), screeningReply.body());
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/screenings").jsonList());

        Reply missingReply = Api.postAs("caseworker1", "/api/children/" + childId + "/missing-episodes",
                Map.of("reportedBy", "Staff", "lastSeenAt", "yesterday evening", "riskLevel", "EXTREME"));
        assertEquals(400, missingReply.status(), missingReply.body());
        for (String field : List.of("lastSeenAt", "lastSeenPlace", "riskLevel")) {
            assertTrue(missingReply.body().contains("\"field\":\"" + field + "\""), field + ": " + missingReply.body());
        }
        assertTrue(missingReply.body().contains("yesterday evening"), "the message names what was typed");
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/missing-episodes").jsonList());

        Reply future = Api.postAs("caseworker1", "/api/children/" + childId + "/missing-episodes",
                with(missingReport(false), "lastSeenAt", Instant.now().plusSeconds(7200).toString()));
        assertEquals(400, future.status(), future.body());
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/missing-episodes").jsonList());

        Reply tracing = Api.postAs("caseworker1", "/api/children/" + childId + "/tracing-requests",
                Map.of("confidential", true));
        assertEquals(400, tracing.status(), tracing.body());
        assertEquals(List.of(), Api.getAs("caseworker1", "/api/children/" + childId + "/tracing-requests").jsonList());

        Reply notJson = Api.postAs("caseworker1", "/api/handovers/import?placementKind=FOSTER_FAMILY&place=X",
                Map.of("format", "something-else"));
        assertEquals(400, notJson.status(), notJson.body());
    }

    private static List<Map<Object, Object>> withoutIds(List<?> records) {
        return records.stream().map(r -> {
            Map<Object, Object> copy = new java.util.HashMap<>((Map<?, ?>) r);
            copy.remove("id");
            return copy;
        }).toList();
    }
}
