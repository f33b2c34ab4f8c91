package eu.guardian.stack;

import static eu.guardian.stack.DemoClient.object;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deploy/run.sh --demo}: a small, living case load for trying Guardian out — about forty made-up children in
 * every state (awaiting a guardian, some past the deadline; interim and full guardians; visits, an overdue contact, an
 * urgent concern waiting for acknowledgement; screenings, one with indications; a child missing now; assessments
 * drafted, waiting for approval and approved; a complaint; overdue care-plan items; closed cases), with names in
 * several scripts. Every date is counted back from today, so the lists have work in them on the day it is loaded.
 * Everything goes in through the REST API as the demo users, with their rules and audit entries. Loaded once: a
 * database that has the demo children already is left as it is.
 */
final class DemoData {

    /** The last demo child's family name marks a database that has the whole demo set. */
    static final String MARKER = "Mahmoud";

    private final DemoClient api;
    private final LocalDate today;
    private final Instant now;
    private final List<Long> guardianIds = new ArrayList<>();
    private long guardian1;
    private long guardian2;

    DemoData(DemoClient api, Clock clock) {
        this.api = api;
        this.today = LocalDate.now(clock);
        this.now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    static void loadUnlessPresent(URI app, URI issuer, String clientId, String clientSecret) {
        DemoData demo = new DemoData(new DemoClient(app, issuer, clientId, clientSecret), Clock.systemUTC());
        if (demo.present()) {
            System.out.println("  Demo data: already loaded.");
            return;
        }
        long started = System.nanoTime();
        int children = demo.load();
        System.out.printf("  Demo data: %d children loaded in %.1f s.%n", children, (System.nanoTime() - started) / 1e9);
    }

    boolean present() {
        JsonObject page = (JsonObject) api.get("caseworker1", "/api/children?size=1&name=" + MARKER);
        return page.getJsonNumber("total").longValue() > 0;
    }

    /** Loads the whole set; the number of children. */
    int load() {
        guardian1 = registryIdOf("guardian1");
        guardian2 = registryIdOf("guardian2");
        for (DemoPeople.Guardian g : DemoPeople.GUARDIANS) {
            guardianIds.add(api.post("authority1", "/api/guardians", object("kind", g.kind(), "name", g.name(),
                    "region", g.region(), "languages", g.languages(),
                    "recordCheckOn", today.minusYears(1).toString(),
                    "recordCheckValidUntil", today.plusYears(3).toString(),
                    "trainings", List.of(object("course", "Guardianship of unaccompanied children (basic)",
                            "completedOn", today.minusYears(1).toString())))).getJsonNumber("id").longValue());
        }
        List<DemoPeople.Child> people = DemoPeople.CHILDREN;
        for (int i = 0; i < people.size(); i++) {
            story(i, people.get(i));
        }
        return people.size();
    }

    /** What happened to the i-th child: the list's order decides their state (DemoPeople says which is which). */
    private void story(int i, DemoPeople.Child person) {
        boolean atReception = i >= 35;
        int daysAgo = atReception ? 0 : i < 8 ? 1 + i * 2 : 20 + i * 9;
        long child = register(person, today.minusDays(daysAgo), atReception ? "reception1" : "caseworker1");
        if (atReception) {
            return; // registered today at reception, not yet screened
        }
        screen(child, i == 12);
        if (i < 8) {
            return; // awaiting a guardian; the older ones past the deadline
        }
        LocalDate appointedOn = workingDayAfter(today.minusDays(daysAgo - 4L));
        if (i < 12) {
            appoint(child, guardianIds.get(i % guardianIds.size()), "INTERIM", i == 8 ? today : appointedOn);
            return;
        }
        long guardian = i < 20 ? guardian1 : i < 26 ? guardian2 : guardianIds.get(i % guardianIds.size());
        appoint(child, guardian, "FULL", appointedOn);
        String visitor = guardian == guardian1 ? "guardian1" : guardian == guardian2 ? "guardian2" : "caseworker1";
        visits(i, child, visitor, appointedOn);
        carePlan(i, child);
        if (i == 13) {
            missing(child);
        }
        if (i == 14 || i == 15 || i == 16) {
            assessment(child, i - 14);
        }
        if (i == 17) {
            api.post("guardian1", "/api/complaints", object("childId", child, "complainant", "CHILD",
                    "subject", "PLACEMENT", "confidential", false, "description",
                    "The child says the room is cold at night and the heating has been broken for two weeks."));
        }
        if (i >= 32) {
            JsonObject file = (JsonObject) api.get("caseworker1", "/api/children/" + child);
            api.post("caseworker1", "/api/children/" + child + "/closure", object("version",
                    file.getJsonNumber("version").longValue(), "reason", i == 32 ? "TURNED_18" : "FAMILY_REUNIFICATION",
                    "closedOn", today.minusDays(3).toString()));
        }
    }

    private long register(DemoPeople.Child person, LocalDate identifiedOn, String user) {
        JsonObjectBuilder child = object("givenNames", person.givenNames(), "familyName", person.familyName(),
                "aliases", person.aliases(), "sex", person.sex(),
                "birthDate", today.minusYears(person.age()).minusDays(person.ageDays()).toString(),
                "birthDatePrecision", "ESTIMATED", "languages", person.languages(),
                "preferredLanguage", person.languages().get(0), "identifiedOn", identifiedOn.toString(),
                "identifiedPlace", person.identifiedPlace(), "region", person.region(),
                "placementKind", user.equals("reception1") ? "RECEPTION_CENTRE" : person.placementKind(),
                "place", person.place());
        if (person.nationality().length() == 2) {
            child.add("nationalityKind", "COUNTRY").add("nationalityCode", person.nationality());
        } else {
            child.add("nationalityKind", person.nationality());
        }
        if (user.equals("reception1")) {
            child.add("centreId", 1L);
        }
        return api.post(user, "/api/children?acknowledgeDuplicates=true", child).getJsonNumber("id").longValue();
    }

    private void screen(long child, boolean indications) {
        List<JsonObjectBuilder> answers = new ArrayList<>();
        for (String indicator : DemoPeople.INDICATORS) {
            boolean yes = indications && (indicator.equals("TRAVELS_WITH_NON_RELATIVES")
                    || indicator.equals("DOCUMENTS_HELD_BY_OTHERS"));
            answers.add(object("indicator", indicator, "answer", yes ? "YES" : "NO", "note",
                    yes ? "Said so at the first interview" : ""));
        }
        JsonObjectBuilder screening = object("occasion", "REGISTRATION", "answers", answers);
        if (indications) {
            screening.add("nrmAgency", "National Rapporteur's Office").add("nrmReference", "NRM-DEMO-1");
        }
        api.post("caseworker1", "/api/children/" + child + "/screenings", screening);
    }

    private void appoint(long child, long guardian, String kind, LocalDate on) {
        api.post("authority1", "/api/children/" + child + "/guardianships", object("guardianId", guardian,
                "kind", kind, "decisionReference", "AG-" + on.getYear() + "-" + child, "appointedOn", on.toString(),
                "childInformedOn", on.toString()));
    }

    /**
     * Visits every four weeks since the appointment; for some wards the last one is long ago (an overdue contact),
     * one visit raised an urgent concern nobody has acknowledged yet, another a follow-up that is due.
     */
    private void visits(int i, long child, String visitor, LocalDate appointedOn) {
        long days = ChronoUnit.DAYS.between(appointedOn, today);
        long stopBefore = i % 4 == 1 ? 40 : 3;
        int n = 0;
        for (long back = days - 2; back >= stopBefore; back -= 28) {
            boolean last = back - 28 < stopBefore;
            List<JsonObjectBuilder> concerns = new ArrayList<>();
            if (last && i == 18) {
                concerns.add(object("type", "MISSING_RISK", "urgency", "URGENT", "description",
                        "Older men waited for the child outside school twice this week."));
            }
            if (last && i == 21) {
                concerns.add(object("type", "HEALTH", "urgency", "NORMAL", "description",
                        "Toothache for a week; no dentist appointment yet."));
            }
            List<JsonObjectBuilder> followUps = new ArrayList<>();
            if (last && i % 3 == 0) {
                followUps.add(object("action", "Ask the school about a German course", "owner", "guardian",
                        "dueOn", today.plusDays(i % 5 - 2).toString()));
            }
            api.post(visitor, "/api/children/" + child + "/visits", object(
                    "occurredAt", now.minus(back, ChronoUnit.DAYS).minus(3, ChronoUnit.HOURS).toString(),
                    "mode", n % 3 == 2 ? "VIDEO" : "IN_PERSON", "place", "At the placement", "durationMinutes", 45,
                    "seenAlone", true, "childViews", DemoPeople.VIEWS.get((i + n) % DemoPeople.VIEWS.size()),
                    "wellbeing", 2 + (i + n) % 4, "topics", List.of("SCHOOL", "HEALTH"), "followUps", followUps,
                    "concerns", concerns));
            n++;
        }
    }

    private void carePlan(int i, long child) {
        if (i % 2 == 1) {
            return;
        }
        api.post("caseworker1", "/api/children/" + child + "/care-plan", object("type", "SCHOOL_ENROLMENT",
                "agency", "School office, district " + (1 + i % 4), "responsiblePerson", "Ms Keller",
                "dueOn", today.plusDays(i % 3 == 0 ? -6 : 20).toString()));
    }

    private void missing(long child) {
        api.post("caseworker1", "/api/children/" + child + "/missing-episodes", object("reportedBy",
                "Night staff", "lastSeenAt", now.minus(5, ChronoUnit.HOURS).toString(), "lastSeenPlace",
                "Main station", "lastSeenWearing", "Blue jacket, grey backpack", "lastSeenWith", "Alone",
                "riskLevel", "HIGH", "police", object("notifiedAt", now.minus(4, ChronoUnit.HOURS).toString(),
                        "station", "Police station Mitte", "reference", "P-DEMO-" + child)));
    }

    /** A draft (0), one waiting for the authority's approval (1), one approved (2). */
    private void assessment(long child, int stage) {
        JsonObject created = api.post("caseworker1", "/api/children/" + child + "/assessments",
                object("kind", "COMPREHENSIVE"));
        long id = created.getJsonNumber("id").longValue();
        if (stage == 0) {
            return;
        }
        List<JsonObjectBuilder> sections = new ArrayList<>();
        for (String[] s : DemoPeople.ASSESSMENT) {
            sections.add(object("factor", s[0], "findings", s[1], "sources", "Interview with the child",
                    "riskLevel", s[2]));
        }
        JsonObject saved = api.put("caseworker1", "/api/assessments/" + id, object("version",
                created.getJsonNumber("version").longValue(), "kind", "COMPREHENSIVE", "participation",
                object("heard", true, "language", "ti", "interpreter", "Interpreter Haile",
                        "weighing", "Mature and consistent: great weight."),
                "recommendations", "Stay in the foster family; start family tracing.", "sections", sections));
        JsonObject submitted = api.post("caseworker1", "/api/assessments/" + id + "/submit",
                object("version", saved.getJsonNumber("version").longValue()));
        if (stage == 2) {
            api.post("authority1", "/api/assessments/" + id + "/approve",
                    object("version", submitted.getJsonNumber("version").longValue()));
        }
    }

    private long registryIdOf(String username) {
        JsonArray items = ((JsonObject) api.get("authority1", "/api/guardians?size=200")).getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().filter(g -> username.equals(g.getString("username", "")))
                .map(g -> g.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No registry entry for " + username));
    }

    private static LocalDate workingDayAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.isAfter(LocalDate.now(ZoneOffset.UTC)) ? LocalDate.now(ZoneOffset.UTC) : d;
    }
}
