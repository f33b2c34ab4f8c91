package eu.guardian.assessment;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.pdf.PdfContents;
import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Best-interests procedure through the REST API with real tokens: four-eyes approval, immutability and amendments,
 * the guardian's contribution for their own ward only, panel composition and the confidentiality undertaking, PDF
 * reports, bad input, and reviews put due by a placement change.
 */
class BestInterestsApiIT {

    private record Registered(long id, String caseNumber) {
    }

    private static Registered registerChild() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        return new Registered(registered.id(), (String) registered.json().get("caseNumber"));
    }

    private static long startAssessment(String author, long childId) {
        Reply created = Api.postAs(author, "/api/children/" + childId + "/assessments", Map.of("kind", "COMPREHENSIVE"));
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    private static long version(Reply reply) {
        return ((Number) reply.json().get("version")).longValue();
    }

    /** Content with the minimum factors of 2013/33 art 23(2), the child heard, and recommendations. */
    private static Map<String, Object> fullContent(long version, String views) {
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(section("CHILD_VIEWS", views, "LOW"));
        sections.add(section("FAMILY", "Mother and two siblings located in Kabul; regular phone contact.", "MEDIUM"));
        sections.add(section("CARE_PROTECTION_SAFETY", "No trafficking indicators at screening.", "LOW"));
        sections.add(section("DEVELOPMENT_WELLBEING", "Attends school, plays football, sleeps well.", "NONE"));
        sections.add(section("HEALTH", "Asthma, treated.", "LOW"));
        Map<String, Object> participation = new HashMap<>();
        participation.put("heard", true);
        participation.put("language", "ps");
        participation.put("interpreter", "Interpreter Karimi");
        participation.put("weighing", "Fifteen, mature and consistent: great weight.");
        Map<String, Object> content = new HashMap<>();
        content.put("version", version);
        content.put("kind", "COMPREHENSIVE");
        content.put("participation", participation);
        content.put("recommendations", "Stay in the current foster family; start family tracing.");
        content.put("sections", sections);
        content.put("evidence", List.of(Map.of("factor", "CHILD_VIEWS", "kind", "VISIT", "refId", "visit-42",
                "label", "Guardian's visit of 3 November")));
        return content;
    }

    private static Map<String, Object> section(String factor, String findings, String risk) {
        Map<String, Object> section = new HashMap<>();
        section.put("factor", factor);
        section.put("findings", findings);
        section.put("sources", "Interview with the child");
        section.put("riskLevel", risk);
        return section;
    }

    private static Reply fillAndSubmit(String user, long assessmentId, String views) {
        Reply current = Api.getAs(user, "/api/assessments/" + assessmentId);
        Reply saved = Api.putAs(user, "/api/assessments/" + assessmentId, fullContent(version(current), views));
        assertEquals(200, saved.status(), saved.body());
        Reply submitted = Api.postAs(user, "/api/assessments/" + assessmentId + "/submit",
                Map.of("version", version(saved)));
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().get("status"));
        return submitted;
    }

    @Test
    void theAuthorNeverApprovesTheirOwnAssessment() {
        Registered child = registerChild();
        long id = startAssessment("authority1", child.id());
        Reply submitted = fillAndSubmit("authority1", id, "I want to stay.");
        Reply own = Api.postAs("authority1", "/api/assessments/" + id + "/approve", Map.of("version", version(submitted)));
        assertEquals(409, own.status(), own.body());
        assertTrue(String.valueOf(own.json().get("message")).contains("four-eyes"), own.body());
        Reply ownGerman = Api.postAs("authority1", "/api/assessments/" + id + "/approve",
                Map.of("version", version(submitted)), "de");
        assertTrue(String.valueOf(ownGerman.json().get("message")).contains("Vier-Augen"), ownGerman.body());
        assertEquals("SUBMITTED", Api.getAs("caseworker1", "/api/assessments/" + id).json().get("status"));

        long byCaseworker = startAssessment("caseworker1", child.id());
        Reply caseworkerSubmitted = fillAndSubmit("caseworker1", byCaseworker, "I want to stay.");
        assertEquals(403, Api.postAs("caseworker1", "/api/assessments/" + byCaseworker + "/approve",
                Map.of("version", version(caseworkerSubmitted))).status(), "caseworkers do not approve");
    }

    @Test
    void anApprovedAssessmentIsImmutableAndCorrectedByAnAmendment() {
        Registered child = registerChild();
        long id = startAssessment("caseworker1", child.id());
        Reply submitted = fillAndSubmit("caseworker1", id, "I want to stay with my foster family.");
        assertEquals(409, Api.putAs("caseworker1", "/api/assessments/" + id,
                fullContent(version(submitted), "changed while submitted")).status());
        Reply approved = Api.postAs("authority1", "/api/assessments/" + id + "/approve",
                Map.of("version", version(submitted)));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().get("status"));
        String nextReview = LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(6).toString();
        assertEquals(nextReview, approved.json().get("nextReviewOn"));

        Reply edit = Api.putAs("caseworker1", "/api/assessments/" + id, fullContent(version(approved), "rewritten"));
        assertEquals(409, edit.status(), edit.body());
        assertTrue(String.valueOf(edit.json().get("message")).contains("amendment"), edit.body());
        assertEquals(409, Api.postAs("authority1", "/api/assessments/" + id + "/return",
                Map.of("comment", "too late")).status());
        Map<String, Object> unchanged = Api.getAs("auditor1", "/api/assessments/" + id).json();
        assertEquals("I want to stay with my foster family.", sectionOf(unchanged, "CHILD_VIEWS").get("findings"));

        Reply amendment = Api.postAs("caseworker1", "/api/assessments/" + id + "/amend", Map.of());
        assertEquals(201, amendment.status(), amendment.body());
        assertEquals(id, ((Number) amendment.json().get("amendsId")).longValue());
        assertEquals("DRAFT", amendment.json().get("status"));
        assertEquals("I want to stay with my foster family.", sectionOf(amendment.json(), "CHILD_VIEWS").get("findings"));
        Reply corrected = Api.putAs("caseworker1", "/api/assessments/" + amendment.id(),
                fullContent(version(amendment), "Corrected: I want to stay and learn German."));
        assertEquals(200, corrected.status(), corrected.body());

        Map<String, Object> reviews = Api.getAs("caseworker1", "/api/children/" + child.id()
                + "/assessments/reviews").json();
        assertEquals(nextReview, reviews.get("nextReviewOn"));
        List<?> history = (List<?>) unchanged.get("history");
        assertEquals(List.of("CREATED", "EDITED", "SUBMITTED", "APPROVED"), history.stream()
                .map(e -> ((Map<?, ?>) e).get("action")).toList());
    }

    @Test
    void aReturnedAssessmentCarriesTheCommentAndCanBeReworked() {
        Registered child = registerChild();
        long id = startAssessment("caseworker1", child.id());
        Reply submitted = fillAndSubmit("caseworker1", id, "I want to stay.");
        Reply noComment = Api.postAs("authority1", "/api/assessments/" + id + "/return",
                Map.of("version", version(submitted)));
        assertEquals(400, noComment.status(), "a return needs a comment");
        Reply returned = Api.postAs("authority1", "/api/assessments/" + id + "/return",
                Map.of("version", version(submitted), "comment", "Family tracing results missing."));
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().get("status"));
        assertEquals("Family tracing results missing.", returned.json().get("returnComment"));
        assertEquals(200, Api.putAs("caseworker1", "/api/assessments/" + id,
                fullContent(version(returned), "I want to stay.")).status());
    }

    @Test
    void theGuardianContributesTheChildsViewsOnlyForTheirWard() {
        Registered child = registerChild();
        Reply appointed = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            long id = startAssessment("caseworker1", child.id());
            Reply current = Api.getAs("guardian1", "/api/assessments/" + id);
            assertEquals(200, current.status(), current.body());
            Map<String, Object> views = new HashMap<>();
            views.put("version", version(current));
            views.put("participation", Map.of("heard", true, "language", "ps", "weighing", "Mature for her age."));
            views.put("sections", List.of(section("CHILD_VIEWS", "She wants to go to school here.", "LOW")));
            Reply contributed = Api.putAs("guardian1", "/api/assessments/" + id + "/child-views", views);
            assertEquals(200, contributed.status(), contributed.body());
            assertEquals("She wants to go to school here.", sectionOf(contributed.json(), "CHILD_VIEWS").get("findings"));
            assertEquals("guardian1", sectionOf(contributed.json(), "CHILD_VIEWS").get("updatedBy"));

            views.put("version", version(contributed));
            Reply other = Api.putAs("guardian2", "/api/assessments/" + id + "/child-views", views);
            assertEquals(404, other.status(), "another guardian's ward does not exist for them");
            assertEquals(404, Api.getAs("guardian2", "/api/assessments/" + id).status());

            Map<String, Object> family = new HashMap<>(views);
            family.put("sections", List.of(section("FAMILY", "guardian's view of the family", "LOW")));
            assertEquals(400, Api.putAs("guardian1", "/api/assessments/" + id + "/child-views", family).status(),
                    "a guardian contributes only the child's views");
            assertEquals(403, Api.putAs("guardian1", "/api/assessments/" + id,
                    fullContent(version(contributed), "x")).status(), "nor edits the whole assessment");
            Map<String, Object> stored = Api.getAs("caseworker1", "/api/assessments/" + id).json();
            assertEquals(null, sectionOf(stored, "FAMILY").get("findings"));
        } finally {
            assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("OTHER")).status());
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Registered child = registerChild();
        Reply badKind = Api.postAs("caseworker1", "/api/children/" + child.id() + "/assessments", Map.of("kind", "HUGE"));
        assertEquals(400, badKind.status());
        assertTrue(Api.getAs("caseworker1", "/api/children/" + child.id() + "/assessments").jsonList().isEmpty());

        long id = startAssessment("caseworker1", child.id());
        Reply current = Api.getAs("caseworker1", "/api/assessments/" + id);
        Map<String, Object> bad = fullContent(version(current), "should not be stored");
        bad.put("kind", "HUGE");
        bad.put("sections", List.of(section("CHILD_VIEWS", "should not be stored", "EXTREME"), section("NOPE", "x", "LOW")));
        bad.put("participation", Map.of("heard", true, "language", "xx-unknown"));
        Reply refused = Api.putAs("caseworker1", "/api/assessments/" + id, bad);
        assertEquals(400, refused.status(), refused.body());
        List<?> fields = ((List<?>) refused.json().get("fields")).stream().map(f -> ((Map<?, ?>) f).get("field")).toList();
        assertTrue(fields.containsAll(List.of("kind", "sections.CHILD_VIEWS.riskLevel", "sections.factor",
                "participation.language")), fields.toString());
        Map<String, Object> stored = Api.getAs("caseworker1", "/api/assessments/" + id).json();
        assertEquals(null, sectionOf(stored, "CHILD_VIEWS").get("findings"));
        assertEquals(version(current), ((Number) stored.get("version")).longValue());

        Reply early = Api.postAs("caseworker1", "/api/assessments/" + id + "/submit", Map.of("version", version(current)));
        assertEquals(400, early.status(), "the minimum factors are empty");
        List<?> missing = ((List<?>) early.json().get("fields")).stream().map(f -> ((Map<?, ?>) f).get("field")).toList();
        assertTrue(missing.containsAll(List.of("sections.FAMILY.findings", "sections.CHILD_VIEWS.findings",
                "sections.CARE_PROTECTION_SAFETY.riskLevel", "sections.DEVELOPMENT_WELLBEING.findings",
                "participation.heard", "recommendations")), missing.toString());
        assertEquals("DRAFT", Api.getAs("caseworker1", "/api/assessments/" + id).json().get("status"));
    }

    @Test
    void theReportIsAPdfWithTheCaseNumberAndTheChildsViewsInTheReadersLanguage() throws Exception {
        Registered child = registerChild();
        long id = startAssessment("caseworker1", child.id());
        String views = "I would like to become a nurse " + uniqueWord();
        // The child's own words in their scripts (docs/pdf.md): each comes back exactly, in logical order.
        List<String> ownWords = List.of("أريد أن أصبح ممرضة", "ነርስ ክኸውን እደሊ", "Я хочу стати медсестрою",
                "Θέλω να γίνω νοσοκόμα");
        fillAndSubmit("caseworker1", id, views + "\n" + String.join("\n", ownWords));
        String text = pdfText("/api/assessments/" + id + "/pdf", "caseworker1", "en");
        assertTrue(text.contains(child.caseNumber()), text);
        assertTrue(text.contains(views), text);
        for (String words : ownWords) {
            assertTrue(text.contains(words), "missing " + words + " in\n" + text);
        }
        assertTrue(text.contains("The child's views"), text);
        String german = pdfText("/api/assessments/" + id + "/pdf", "auditor1", "de");
        assertTrue(german.contains("Aktenzeichen") && german.contains(child.caseNumber()), german);
        assertEquals(403, pdfStatus("/api/assessments/" + id + "/pdf", "admin1"));
        List<Map<String, Object>> exports = Api.getAs("auditor1", "/api/audit?childId=" + child.id()
                + "&action=EXPORT").items();
        assertTrue(exports.size() >= 2, "every report is audited as an export");
    }

    @Test
    void aPanelNeedsEnoughMembersAndDisciplinesAndMembersReadOnlyAfterTheUndertaking() throws Exception {
        Registered child = registerChild();
        String path = "/api/children/" + child.id() + "/determinations";
        Reply two = Api.postAs("caseworker1", path, Map.of("subject", "RETURN", "proposal", "Return to family",
                "members", List.of(member("authority1", "LAW"), member("guardian2", "GUARDIANSHIP"))));
        assertEquals(400, two.status(), two.body());
        Reply oneDiscipline = Api.postAs("caseworker1", path, Map.of("subject", "RETURN", "proposal", "Return",
                "members", List.of(member("authority1", "LAW"), member("guardian2", "LAW"), member("caseworker1", "LAW"))));
        assertEquals(400, oneDiscipline.status(), oneDiscipline.body());
        assertTrue(Api.getAs("caseworker1", path).jsonList().isEmpty(), "nothing stored");

        Reply created = Api.postAs("caseworker1", path, Map.of("subject", "FAMILY_REUNIFICATION_ABROAD",
                "proposal", "Reunite with the aunt in Sweden.", "members", List.of(member("authority1", "LAW"),
                        member("guardian2", "GUARDIANSHIP"), member("reception1", "SOCIAL_WORK"))));
        assertEquals(201, created.status(), created.body());
        long id = created.id();
        String determination = "/api/determinations/" + id;
        assertEquals(200, Api.getAs("caseworker1", determination).status(), "the convener reads it");
        assertEquals(403, Api.getAs("authority1", determination).status(), "not before the undertaking");
        assertEquals(403, pdfStatus(determination + "/pdf", "authority1"));
        assertEquals(403, Api.postAs("authority1", determination + "/position",
                Map.of("stance", "FOR", "reasons", "x")).status());
        assertEquals(403, Api.getAs("guardian1", determination).status(), "not a member");

        for (String member : List.of("authority1", "guardian2", "reception1")) {
            assertEquals(200, Api.postAs(member, determination + "/undertaking", Map.of()).status(), member);
        }
        assertEquals(200, Api.getAs("authority1", determination).status());
        assertEquals(400, Api.postAs("authority1", determination + "/position", Map.of("stance", "FOR")).status(),
                "reasons are required");
        assertEquals(200, Api.postAs("authority1", determination + "/position",
                Map.of("stance", "FOR", "reasons", "The aunt is able and willing.")).status());
        Reply noQuorum = Api.postAs("caseworker1", determination + "/decision", Map.of("decision", "x",
                "reviewOn", LocalDate.now().plusMonths(6).toString()));
        assertEquals(409, noQuorum.status(), noQuorum.body());
        // The child's wish in its scripts (docs/pdf.md): the determination's PDF keeps each exactly, like the BIA's.
        List<String> wish = List.of("ናብ ሓትነይ ክኸይድ እደሊ", "أريد الذهاب إلى عمتي", "Хочу жити з тіткою",
                "Θέλω να ζήσω με τη θεία μου");
        assertEquals(200, Api.postAs("guardian2", determination + "/position",
                Map.of("stance", "FOR", "reasons", "The child wishes it:\n" + String.join("\n", wish))).status());
        assertEquals(200, Api.postAs("reception1", determination + "/position",
                Map.of("stance", "AGAINST", "reasons", "School year should end first.")).status());
        String reviewOn = LocalDate.now().plusMonths(3).toString();
        Reply decided = Api.postAs("caseworker1", determination + "/decision", Map.of("decision",
                "Family reunification in Sweden.", "conditions", "After the school year.", "reviewOn", reviewOn));
        assertEquals(200, decided.status(), decided.body());
        assertEquals("DECIDED", decided.json().get("status"));
        Map<String, Object> reviews = Api.getAs("caseworker1", "/api/children/" + child.id()
                + "/assessments/reviews").json();
        assertTrue(((List<?>) reviews.get("open")).stream().map(r -> (Map<?, ?>) r).anyMatch(r ->
                "DETERMINATION_REVIEW".equals(r.get("reason")) && reviewOn.equals(r.get("dueOn"))),
                "the determination's review date is put due: " + reviews);
        assertEquals("ACCEPTED", decided.json().get("outcome"));
        List<?> dissent = ((List<?>) decided.json().get("members")).stream()
                .filter(m -> Boolean.TRUE.equals(((Map<?, ?>) m).get("dissent")))
                .map(m -> ((Map<?, ?>) m).get("username")).toList();
        assertEquals(List.of("reception1"), dissent, "dissent kept with its reasons");
        String text = pdfText(determination + "/pdf", "authority1", "fr");
        assertTrue(text.contains(child.caseNumber()) && text.contains("School year should end first."), text);
        for (String words : wish) {
            assertTrue(text.contains(words), "missing " + words + " in\n" + text);
        }
        assertEquals(409, Api.postAs("guardian2", determination + "/position",
                Map.of("stance", "AGAINST", "reasons", "changed my mind")).status(), "decided is final");
    }

    @Test
    void aPlacementChangePutsAReviewDueWithoutWaitingForAnyAssessment() {
        Registered child = registerChild();
        Reply placed = Api.postAs("caseworker1", "/api/children/" + child.id() + "/placements", Map.of("kind",
                "FOSTER_FAMILY", "place", "Family Weber", "startedOn", LocalDate.now().toString()));
        assertEquals(200, placed.status(), placed.body());
        Map<String, Object> reviews = Api.getAs("caseworker1", "/api/children/" + child.id()
                + "/assessments/reviews").json();
        assertNotNull(reviews.get("nextReviewOn"), reviews.toString());
        assertEquals("PLACEMENT_CHANGE", ((Map<?, ?>) ((List<?>) reviews.get("open")).get(0)).get("reason"));
        Map<String, Object> due = Api.getAs("authority1", "/api/assessments/due?size=200").json();
        assertNotNull(due.get("total"));
        Reply overdue = Api.getAs("authority1", "/api/assessments/due?overdue=true&size=200");
        assertEquals(200, overdue.status(), overdue.body());
        assertTrue(overdue.items().stream().allMatch(r -> LocalDate.parse((String) r.get("dueOn"))
                .isBefore(LocalDate.now())), "only reviews past their date");
        assertTrue(overdue.items().stream().noneMatch(r -> ((Number) r.get("childId")).longValue() == child.id()),
                "the new review is not overdue yet");
        assertEquals(403, Api.getAs("guardian1", "/api/assessments/due").status());
    }

    @Test
    void aGuardianChangePutsAReviewDue() {
        Registered child = registerChild();
        Reply first = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, first.status(), first.body());
        Reply changed = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships/change",
                Map.of("reason", "Guardian moved away", "appointment", appointment(guardianIdOf("guardian2"))));
        try {
            assertEquals(200, changed.status(), changed.body());
            List<?> open = (List<?>) Api.getAs("caseworker1", "/api/children/" + child.id() + "/assessments/reviews")
                    .json().get("open");
            assertEquals(List.of("GUARDIAN_CHANGE", "FIRST_ASSESSMENT"),
                    open.stream().map(r -> ((Map<?, ?>) r).get("reason")).toList(),
                    "the change's review, then the first assessment the registration put due");
        } finally {
            if (changed.status() == 200) {
                assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + changed.id() + "/discharge",
                        discharge("OTHER")).status());
            } else {
                Api.postAs("authority1", "/api/guardianships/" + first.id() + "/discharge", discharge("OTHER"));
            }
        }
    }

    private static Map<String, Object> member(String username, String discipline) {
        return Map.of("username", username, "name", "Member " + username, "discipline", discipline);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sectionOf(Map<String, Object> assessment, String factor) {
        return ((List<Map<String, Object>>) assessment.get("sections")).stream()
                .filter(s -> factor.equals(s.get("factor"))).findFirst().orElseThrow();
    }

    private static HttpResponse<byte[]> pdf(String path, String user, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(GuardianStack.shared().appUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user)).header("Accept-Language", language)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int pdfStatus(String path, String user) throws Exception {
        return pdf(path, user, "en").statusCode();
    }

    private static String pdfText(String path, String user, String language) throws Exception {
        HttpResponse<byte[]> response = pdf(path, user, language);
        assertEquals(200, response.statusCode(), new String(response.body()));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of(), PdfContents.missingGlyphs(response.body()), "a glyph for every character");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
